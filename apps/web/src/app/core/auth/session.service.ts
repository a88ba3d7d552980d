import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { SessionUser } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

export type SessionStatus = 'unknown' | 'loading' | 'known';

/** Why the session could not be checked; a plain 401 (signed out) is not an error. */
export interface SessionCheckError {
  /** HTTP status, or 0 when the API could not be reached. */
  status: number;
}

/** Who is signed in, as `GET /api/auth/me` says: 200 is a person, 401 is nobody. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly meState = signal<SessionUser | null>(null);
  private readonly errorState = signal<SessionCheckError | null>(null);
  private readonly statusState = signal<SessionStatus>('unknown');
  private pending: Promise<SessionUser | null> | null = null;

  /** The signed-in person, or null when signed out (or not known yet). */
  readonly me = this.meState.asReadonly();
  /** Set when the check failed for a reason other than being signed out. */
  readonly error = this.errorState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly signedIn = computed(() => this.meState() !== null);

  /** Checks the session once; later callers share the first answer. */
  load(): Promise<SessionUser | null> {
    this.pending ??= this.fetch();
    return this.pending;
  }

  /** Checks again, e.g. after a failed check. */
  refresh(): Promise<SessionUser | null> {
    this.pending = this.fetch();
    return this.pending;
  }

  /** Forgets the signed-in person at once (sign-out, or the server ended the session). */
  clear(): void {
    this.meState.set(null);
    this.errorState.set(null);
    this.statusState.set('known');
    this.pending = Promise.resolve(null);
  }

  private async fetch(): Promise<SessionUser | null> {
    this.statusState.set('loading');
    try {
      const user = await firstValueFrom(this.http.get<SessionUser>('/api/auth/me'));
      this.meState.set(user);
      this.errorState.set(null);
    } catch (error) {
      const status = error instanceof HttpErrorResponse ? error.status : 0;
      this.meState.set(null);
      this.errorState.set(status === 401 ? null : { status });
    }
    this.statusState.set('known');
    return this.meState();
  }
}
