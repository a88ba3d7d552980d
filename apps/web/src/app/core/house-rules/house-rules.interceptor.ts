import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { HOUSE_RULES_NOT_ACCEPTED, safeReturnTo } from '@moot/contracts';
import { catchError, throwError } from 'rxjs';

import { SessionService } from '../auth/session.service';

/**
 * When the rules change while someone is using the app (an admin published a material
 * change), their next post or reply is refused with HOUSE_RULES_NOT_ACCEPTED: take them to
 * accept the new rules, then back to the page they were on. The error still reaches the caller.
 */
export const houseRulesInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const session = inject(SessionService);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 403 && error.error?.code === HOUSE_RULES_NOT_ACCEPTED) {
        const returnTo = safeReturnTo(router.url);
        void session.refresh().then(() => router.navigate(['/house-rules/accept'], { queryParams: { returnTo } }));
      }
      return throwError(() => error);
    }),
  );
};
