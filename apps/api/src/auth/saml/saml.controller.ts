import { Body, Controller, Get, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SignInRateLimit } from '../../common/rate-limit/rate-limit-policy';
import { Public, SkipCsrf } from '../auth.decorators';
import { AuthException } from '../auth.exception';
import { SignInService } from '../sign-in.service';
import { renderSignInError } from './sign-in-error.page';

@ApiTags('auth')
@Public()
@Controller('auth/saml/:idp')
export class SamlController {
  constructor(private readonly signIn: SignInService) {}

  @Get('login')
  @SignInRateLimit()
  @ApiOperation({ summary: 'Starts SAML sign-in at this identity provider; returnTo must be a same-origin path.' })
  async login(@Param('idp') slug: string, @Query('returnTo') returnTo: unknown, @Res() response: Response): Promise<void> {
    response.redirect(HttpStatus.FOUND, await this.signIn.loginRedirect(slug, returnTo));
  }

  @Post('acs')
  @SignInRateLimit()
  @SkipCsrf()
  @ApiOperation({ summary: 'Assertion consumer service (HTTP-POST binding).' })
  async acs(@Param('idp') slug: string, @Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      response.redirect(HttpStatus.SEE_OTHER, await this.signIn.completeSaml(slug, body ?? {}, request, response));
    } catch (error) {
      // A person's browser gets a readable page; API clients get the JSON error.
      if (error instanceof AuthException && request.accepts(['json', 'html']) === 'html') {
        response.status(error.status).type('html').send(renderSignInError(error.message));
        return;
      }
      throw error;
    }
  }

  @Get('metadata')
  @ApiOperation({ summary: 'This service provider\'s SAML metadata for the identity provider.' })
  async metadata(@Param('idp') slug: string, @Res() response: Response): Promise<void> {
    response.type('application/samlmetadata+xml').send(await this.signIn.serviceProviderMetadata(slug));
  }

  @Get('slo')
  @ApiOperation({ summary: 'Single logout endpoint (HTTP-Redirect binding).' })
  async singleLogout(@Param('idp') slug: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    response.redirect(HttpStatus.FOUND, await this.signIn.handleSingleLogout(slug, request));
  }
}
