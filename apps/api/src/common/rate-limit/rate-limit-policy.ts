import { SetMetadata } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';

/**
 * Throttler names. Writes count per person and per session; uploads also count against a
 * smaller per-person budget; sign-in attempts count per client IP; searches per person and session.
 */
export const WRITES_USER_THROTTLER = 'writes-user';
export const WRITES_SESSION_THROTTLER = 'writes-session';
export const UPLOADS_THROTTLER = 'uploads';
export const SIGN_IN_THROTTLER = 'sign-in';
export const SEARCH_USER_THROTTLER = 'search-user';
export const SEARCH_SESSION_THROTTLER = 'search-session';

export const UPLOAD_RATE_LIMIT = 'moot:upload-rate-limit';
export const SIGN_IN_RATE_LIMIT = 'moot:sign-in-rate-limit';
export const SEARCH_RATE_LIMIT = 'moot:search-rate-limit';

/** Marks a route as an upload: it counts against the (smaller) per-user upload budget too. */
export const UploadRateLimit = (): MethodDecorator & ClassDecorator => SetMetadata(UPLOAD_RATE_LIMIT, true);

/** Marks a sign-in step (SAML start and ACS, dev IdP, login links): limited per client IP, not as a write. */
export const SignInRateLimit = (): MethodDecorator & ClassDecorator => SetMetadata(SIGN_IN_RATE_LIMIT, true);

/** Marks a search route: limited per person and per session, although it is a read. */
export const SearchRateLimit = (): MethodDecorator & ClassDecorator => SetMetadata(SEARCH_RATE_LIMIT, true);

export interface RateLimitPolicy {
  /** Writes (POST, PUT, PATCH, DELETE) one person may make per window, over all their sessions. */
  writesPerUser: number;
  /** Writes one session may make per window: a runaway tab or a stolen cookie cannot spend the person's whole budget. */
  writesPerSession: number;
  /** Uploads one person may make per window (on top of counting as writes). */
  uploadsPerUser: number;
  /**
   * Sign-in requests per client IP per window. Generous: a whole council signs in from one
   * address at nine o'clock; this stops floods of (CPU-heavy) SAML responses, not colleagues.
   */
  signInsPerIp: number;
  /** Searches (including suggestions while typing, one per pause) per person and per session. */
  searchesPerUser: number;
  searchesPerSession: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitPolicy = {
  writesPerUser: 120,
  writesPerSession: 60,
  uploadsPerUser: 10,
  signInsPerIp: 200,
  searchesPerUser: 240,
  searchesPerSession: 120,
  windowMs: 60_000,
};

/**
 * Integration suites replay hundreds of requests as one person within seconds, so under
 * NODE_ENV=test the budgets are scaled up; the limiter itself still runs on every request, and
 * the rate-limit suite starts its app with the real defaults (NODE_ENV=development).
 */
const TEST_SCALE = 100;

export function rateLimitPolicyFor(config: Pick<AppConfig, 'nodeEnv'>): RateLimitPolicy {
  if (config.nodeEnv !== 'test') return DEFAULT_RATE_LIMITS;
  const scaled = { ...DEFAULT_RATE_LIMITS };
  for (const key of Object.keys(scaled) as (keyof RateLimitPolicy)[]) if (key !== 'windowMs') scaled[key] *= TEST_SCALE;
  return scaled;
}
