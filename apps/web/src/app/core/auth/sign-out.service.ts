import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { SignOutResponse, safeReturnTo } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

import { BrowserLocation } from '../browser/browser-location';
import { SessionService } from './session.service';

/** Where a sign-out that stays in the app ends up: the sign-in page, saying it worked. */
export const SIGNED_OUT_URL = '/sign-in?signedOut=1';

/**
 * Signs out with `POST /api/auth/logout` (the credentials interceptor adds the CSRF header),
 * then follows the answer: a relative path stays in the app, anything else is the identity
 * provider's single logout and leaves it.
 */
@Injectable({ providedIn: 'root' })
export class SignOutService {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly browserLocation = inject(BrowserLocation);
  private readonly inProgressState = signal(false);

  /** True from the request until the app has moved on; the socket then expects `session:ended`. */
  readonly inProgress = this.inProgressState.asReadonly();

  /** Resolves once signed out; rejects (still signed in) when the API could not sign out. */
  async signOut(): Promise<void> {
    if (this.inProgressState()) return;
    this.inProgressState.set(true);
    let redirectTo: string;
    try {
      redirectTo = (await firstValueFrom(this.http.post<SignOutResponse>('/api/auth/logout', {}))).redirectTo;
    } catch (error) {
      // 401: the session had already gone, which is what the person wanted.
      if (!(error instanceof HttpErrorResponse && error.status === 401)) {
        this.inProgressState.set(false);
        throw error;
      }
      redirectTo = '/';
    }
    this.session.clear();
    try {
      if (redirectTo.startsWith('/')) await this.router.navigateByUrl(inAppDestination(redirectTo));
      else this.browserLocation.assign(redirectTo);
    } finally {
      this.inProgressState.set(false);
    }
  }
}

/** "/" means "nowhere in particular": show the sign-in page with its "You have signed out" message. */
function inAppDestination(redirectTo: string): string {
  const path = safeReturnTo(redirectTo);
  return path === '/' ? SIGNED_OUT_URL : path;
}
