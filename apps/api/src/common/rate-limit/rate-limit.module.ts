import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { PostgresThrottlerStorage } from './postgres-throttler-storage';
import { rateLimitPolicyFor } from './rate-limit-policy';
import { rateLimitThrottlers } from './rate-limit-throttlers';
import { UserThrottlerGuard } from './user-throttler.guard';

@Module({ providers: [PostgresThrottlerStorage], exports: [PostgresThrottlerStorage] })
class RateLimitStorageModule {}

/**
 * Limits on writes, uploads, sign-in attempts and searches (see {@link rateLimitThrottlers}).
 * Counters live in PostgreSQL, so behind a load balancer all instances enforce one budget.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [AppConfig, PostgresThrottlerStorage],
      useFactory: (config: AppConfig, storage: PostgresThrottlerStorage) => ({
        // Retry-After is set by the guard itself; the per-throttler X-RateLimit headers add nothing.
        setHeaders: false,
        storage,
        throttlers: rateLimitThrottlers(rateLimitPolicyFor(config)),
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: UserThrottlerGuard }],
})
export class RateLimitModule {}
