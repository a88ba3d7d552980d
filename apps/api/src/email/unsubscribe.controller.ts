import { Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, SkipCsrf } from '../auth/auth.decorators';
import { AppConfig } from '../config/app-config';
import { renderConfirmPage, renderDonePage, renderInvalidPage } from './unsubscribe.page';
import { UnsubscribeService } from './unsubscribe.service';

/**
 * `/api/email/unsubscribe?token=`: browser pages reached from an email, so public and CSRF-exempt
 * (the signed token is the authority). GET only asks; POST acts (also RFC 8058 one-click).
 */
@ApiExcludeController()
@Public()
@SkipCsrf()
@Controller('email/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly unsubscribe: UnsubscribeService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async confirm(@Query('token') token: unknown, @Res({ passthrough: true }) response: Response): Promise<string> {
    const claim = typeof token === 'string' ? await this.unsubscribe.check(token) : null;
    if (!claim || typeof token !== 'string') return this.invalid(response);
    return renderConfirmPage(this.config.siteName, this.config.publicUrl, token, claim);
  }

  @Post()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async apply(@Query('token') token: unknown, @Res({ passthrough: true }) response: Response): Promise<string> {
    const claim = typeof token === 'string' ? await this.unsubscribe.unsubscribe(token) : null;
    if (!claim) return this.invalid(response);
    return renderDonePage(this.config.siteName, this.config.publicUrl, claim);
  }

  private invalid(response: Response): string {
    response.status(400);
    return renderInvalidPage(this.config.siteName, this.config.publicUrl);
  }
}
