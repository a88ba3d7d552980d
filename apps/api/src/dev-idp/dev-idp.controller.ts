import { Body, Controller, Get, Header, HttpCode, Post, Query, Redirect, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public, SkipCsrf } from '../auth/auth.decorators';
import { SignInRateLimit } from '../common/rate-limit/rate-limit-policy';
import { DevIdpEnabledGuard } from './dev-idp-enabled.guard';
import { DevIdpExceptionFilter } from './dev-idp-exception.filter';
import { AUTO_SUBMIT_SCRIPT, renderSignedAnswerPage, renderUserChoicePage } from './dev-idp.page';
import { DevIdpService } from './dev-idp.service';

/**
 * The built-in development IdP (`/api/dev-idp/*`): browser pages, not part of the REST API.
 * Public and CSRF-exempt because the browser reaches it by redirect and plain form posts.
 */
@ApiExcludeController()
@Public()
@SkipCsrf()
@UseGuards(DevIdpEnabledGuard)
@UseFilters(DevIdpExceptionFilter)
@Controller('dev-idp')
export class DevIdpController {
  constructor(private readonly devIdp: DevIdpService) {}

  @Get('metadata')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  metadata(): Promise<string> {
    return this.devIdp.metadataXml();
  }

  @Get('sso')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async chooseUser(@Query() query: Record<string, unknown>): Promise<string> {
    return renderUserChoicePage(await this.devIdp.chooseUser(query));
  }

  @Post('sso')
  @SignInRateLimit()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async signIn(@Body() body: Record<string, unknown>): Promise<string> {
    return renderSignedAnswerPage(await this.devIdp.signIn(body ?? {}));
  }

  @Get('auto-submit.js')
  @Header('Content-Type', 'application/javascript; charset=utf-8')
  autoSubmitScript(): string {
    return AUTO_SUBMIT_SCRIPT;
  }

  @Get('slo')
  @Redirect()
  async singleLogout(@Query() query: Record<string, unknown>): Promise<{ url: string; statusCode: number }> {
    return { url: await this.devIdp.logout(query), statusCode: 302 };
  }
}
