import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { RequestWithAuth } from './auth-context';
import { SessionCookies } from './sessions/session-cookie';
import { SessionService } from './sessions/session.service';

/** Resolves the session cookie (if any) into `request.auth`. Deciding what needs it is the guards' job. */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionService,
    private readonly cookies: SessionCookies,
  ) {}

  async use(request: RequestWithAuth, _response: Response, next: NextFunction): Promise<void> {
    const token = (request.cookies as Record<string, string> | undefined)?.[this.cookies.sessionName];
    if (token) {
      const found = await this.sessions.resolve(token);
      if (found) request.auth = { ...found, token };
    }
    next();
  }
}
