import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { safeReturnTo } from '@moot/contracts';
import { SessionService } from '@moot/web/core/auth/session.service';

/**
 * Lets site admins into the admin area. Signed-out people go to sign in first; signed-in
 * members fall through to the next `admin` route, the "You need to be a site admin" page,
 * so the address stays the same.
 */
export const adminGuard: CanMatchFn = async (_route, segments) => {
  const router = inject(Router);
  const user = await inject(SessionService).load();
  if (user) return user.role === 'admin';
  const returnTo = safeReturnTo(`/${segments.map((segment) => segment.path).join('/')}`);
  return router.createUrlTree(['/sign-in'], { queryParams: { returnTo } });
};
