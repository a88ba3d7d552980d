import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { returningRows } from '../../database/returning-rows';

const CLEANUP_INTERVAL_MS = 60_000;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Throttler counters in PostgreSQL, so every API instance spends one shared budget.
 * One UNLOGGED row per key: a window starts at the key's first hit and lasts `ttl`; hits
 * within it add up, the first hit after it starts a new one. The upsert is atomic and uses
 * the database clock (instances' clocks may differ).
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PostgresThrottlerStorage.name);
  private cleanupTimer: NodeJS.Timeout | null = null;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.cleanupTimer = setInterval(() => void this.removeExpired(), CLEANUP_INTERVAL_MS);
    this.cleanupTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.cleanupTimer) clearInterval(this.cleanupTimer);
    this.cleanupTimer = null;
  }

  /** `ttl` in milliseconds (as the throttler passes it); times returned in whole seconds. */
  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const rows = returningRows<{ hits: number; seconds_left: number }>(
      await this.dataSource.query(
        `INSERT INTO rate_limit_counters AS c (key, window_start, expires_at, hits)
         VALUES ($1, now(), now() + make_interval(secs => $2::float8 / 1000), 1)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN c.expires_at <= EXCLUDED.window_start THEN 1 ELSE c.hits + 1 END,
           window_start = CASE WHEN c.expires_at <= EXCLUDED.window_start THEN EXCLUDED.window_start ELSE c.window_start END,
           expires_at = CASE WHEN c.expires_at <= EXCLUDED.window_start THEN EXCLUDED.expires_at ELSE c.expires_at END
         RETURNING c.hits, greatest(0, extract(epoch FROM c.expires_at - now()))::float8 AS seconds_left`,
        [key.slice(0, 200), ttl],
      ),
    );
    const { hits, seconds_left: secondsLeft } = rows[0];
    const timeToExpire = Math.max(1, Math.ceil(secondsLeft));
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
  }

  /** Drops finished windows; every instance runs this, which is harmless. */
  async removeExpired(): Promise<number> {
    try {
      const [, count] = (await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE expires_at < now()`)) as [unknown, number];
      return count;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not remove expired rate-limit counters');
      return 0;
    }
  }
}
