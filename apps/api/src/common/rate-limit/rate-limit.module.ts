import { Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { rateLimitPolicyFor, UPLOAD_RATE_LIMIT, UPLOADS_THROTTLER, WRITES_THROTTLER } from './rate-limit-policy';
import { UserThrottlerGuard } from './user-throttler.guard';

const reflector = new Reflector();

/**
 * Per-person limits on writes (see {@link UserThrottlerGuard}). Counters live in each API
 * instance's memory, so behind a load balancer the effective budget is per instance.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const policy = rateLimitPolicyFor(config);
        return {
          // Retry-After is set by the guard itself; the per-throttler X-RateLimit headers add nothing.
          setHeaders: false,
          throttlers: [
            { name: WRITES_THROTTLER, limit: policy.writesPerWindow, ttl: policy.windowMs },
            {
              name: UPLOADS_THROTTLER,
              limit: policy.uploadsPerWindow,
              ttl: policy.windowMs,
              skipIf: (context) => reflector.getAllAndOverride<boolean>(UPLOAD_RATE_LIMIT, [context.getHandler(), context.getClass()]) !== true,
            },
          ],
        };
      },
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: UserThrottlerGuard }],
})
export class RateLimitModule {}
