import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestWithAuth } from './auth-context';
import { ADMIN_ONLY, PUBLIC_ROUTE, SKIP_CSRF } from './auth.decorators';
import { AuthException } from './auth.exception';
import { safeEqual } from './sessions/session-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Staff-only by default: every HTTP route needs a live session unless marked @Public;
 * @AdminOnly routes need the admin role; state-changing requests with a session must
 * carry that session's CSRF token in `x-csrf-token`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithAuth>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true;
    const skipCsrf = this.reflector.getAllAndOverride<boolean>(SKIP_CSRF, targets) === true;

    if (request.auth && !skipCsrf && !SAFE_METHODS.has(request.method)) {
      const header = request.get('x-csrf-token');
      if (!header || !safeEqual(header, request.auth.session.csrfToken)) throw AuthException.csrfFailed();
    }
    if (isPublic) return true;
    if (!request.auth) throw AuthException.unauthenticated();
    if (this.reflector.getAllAndOverride<boolean>(ADMIN_ONLY, targets) && request.auth.user.role !== 'admin') {
      throw AuthException.forbidden('Only site admins can do that.');
    }
    return true;
  }
}
