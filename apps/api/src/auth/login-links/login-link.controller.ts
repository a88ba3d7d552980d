import { Controller, Get, HttpStatus, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SignInRateLimit } from '../../common/rate-limit/rate-limit-policy';
import { RequestWithAuth } from '../auth-context';
import { Public } from '../auth.decorators';
import { AuthException } from '../auth.exception';
import { renderSignInError } from '../saml/sign-in-error.page';
import { LoginLinkService } from './login-link.service';

@ApiTags('auth')
@Public()
@Controller('auth/login-link')
export class LoginLinkController {
  constructor(private readonly loginLinks: LoginLinkService) {}

  @Get(':token')
  @SignInRateLimit()
  @ApiOperation({ summary: 'Break-glass sign-in for an admin with a one-use link from `npm run cli -- admin:login-link` (401 when invalid, used or expired).' })
  async signIn(@Param('token') token: string, @Req() request: RequestWithAuth, @Res() response: Response): Promise<void> {
    response.set('cache-control', 'no-store');
    try {
      await this.loginLinks.signIn(token, request, response);
      response.redirect(HttpStatus.SEE_OTHER, '/');
    } catch (error) {
      // A person's browser gets a readable page; API clients get the JSON error.
      if (error instanceof AuthException && request.accepts(['json', 'html']) === 'html') {
        response.status(error.status).type('html').send(renderSignInError(error.message));
        return;
      }
      throw error;
    }
  }
}
