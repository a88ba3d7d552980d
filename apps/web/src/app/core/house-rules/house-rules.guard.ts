import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { safeReturnTo } from '@moot/contracts';

import { SessionService } from '../auth/session.service';

/**
 * Sends signed-in people who have not accepted the current house rules to accept them, then
 * back here. Signed-out people pass (authGuard deals with them).
 */
export const houseRulesGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);
  const user = await session.load();
  if (!user?.mustAcceptHouseRules) return true;
  return router.createUrlTree(['/house-rules/accept'], { queryParams: { returnTo: safeReturnTo(state.url) } });
};
