import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { AuthContext, RequestWithAuth } from './auth-context';
import { AuthException } from './auth.exception';

export const PUBLIC_ROUTE = 'moot:public';
export const ADMIN_ONLY = 'moot:admin-only';
export const SKIP_CSRF = 'moot:skip-csrf';

/** Reachable without signing in (everything else is staff-only by default). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Site admins only. */
export const AdminOnly = (): MethodDecorator & ClassDecorator => SetMetadata(ADMIN_ONLY, true);

/** For requests that cannot carry our CSRF header (the IdP's POST to the ACS, SCIM bearer calls). */
export const SkipCsrf = (): MethodDecorator & ClassDecorator => SetMetadata(SKIP_CSRF, true);

/** The signed-in person's context; use only on routes that are not @Public. */
export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext): AuthContext => {
  const auth = context.switchToHttp().getRequest<RequestWithAuth>().auth;
  if (!auth) throw AuthException.unauthenticated();
  return auth;
});
