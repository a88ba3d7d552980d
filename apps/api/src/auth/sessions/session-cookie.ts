import type { CookieOptions } from 'express';
import { AppConfig } from '../../config/app-config';

/**
 * Cookie names and flags. Over https the `__Host-` prefix pins the cookie to this exact
 * origin (Secure, Path=/, no Domain), so a sibling sub-domain cannot plant or read it.
 */
export class SessionCookies {
  constructor(private readonly config: AppConfig) {}

  get sessionName(): string {
    return this.config.secureCookies ? '__Host-moot_session' : 'moot_session';
  }

  /** Readable by the web app, which echoes it in `x-csrf-token`. */
  get csrfName(): string {
    return this.config.secureCookies ? '__Host-moot_csrf' : 'moot_csrf';
  }

  sessionOptions(maxAgeMs: number): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/', maxAge: maxAgeMs };
  }

  csrfOptions(maxAgeMs: number): CookieOptions {
    return { httpOnly: false, sameSite: 'lax', secure: this.config.secureCookies, path: '/', maxAge: maxAgeMs };
  }
}
