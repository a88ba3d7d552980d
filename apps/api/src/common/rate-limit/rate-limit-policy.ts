import { SetMetadata } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';

/** Throttler names: every write shares `writes`; uploads also count against `uploads`. */
export const WRITES_THROTTLER = 'writes';
export const UPLOADS_THROTTLER = 'uploads';
export const UPLOAD_RATE_LIMIT = 'moot:upload-rate-limit';

/** Marks a route as an upload: it counts against the (smaller) per-user upload budget too. */
export const UploadRateLimit = (): MethodDecorator & ClassDecorator => SetMetadata(UPLOAD_RATE_LIMIT, true);

export interface RateLimitPolicy {
  /** Writes (POST, PUT, PATCH, DELETE) one person may make per window. */
  writesPerWindow: number;
  /** Uploads one person may make per window (on top of counting as writes). */
  uploadsPerWindow: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitPolicy = { writesPerWindow: 60, uploadsPerWindow: 10, windowMs: 60_000 };

/**
 * Integration suites replay hundreds of writes as one person within seconds, so under
 * NODE_ENV=test the budgets are scaled up; the limiter itself still runs on every write, and
 * the rate-limit suite starts its app with the real defaults (NODE_ENV=development).
 */
const TEST_SCALE = 100;

export function rateLimitPolicyFor(config: Pick<AppConfig, 'nodeEnv'>): RateLimitPolicy {
  if (config.nodeEnv !== 'test') return DEFAULT_RATE_LIMITS;
  return {
    ...DEFAULT_RATE_LIMITS,
    writesPerWindow: DEFAULT_RATE_LIMITS.writesPerWindow * TEST_SCALE,
    uploadsPerWindow: DEFAULT_RATE_LIMITS.uploadsPerWindow * TEST_SCALE,
  };
}
