import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { safeReturnTo } from '@moot/contracts';

import { SessionService } from './session.service';

/** Lets signed-in people through; sends everyone else to sign in, then back here. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);
  const user = await session.load();
  if (user) return true;
  return router.createUrlTree(['/sign-in'], { queryParams: { returnTo: safeReturnTo(state.url) } });
};
