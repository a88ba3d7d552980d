import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type PgBossType from 'pg-boss';
import { AppConfig } from '../config/app-config';

// pg-boss 10 is CommonJS with a default-export class.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PgBoss = require('pg-boss') as typeof PgBossType;

export type JobHandler<T> = (data: T) => Promise<void>;

export interface QueueOptions {
  /** `short`: at most one waiting job per singleton key (pg-boss queue policy). */
  policy?: 'standard' | 'short';
  retryLimit?: number;
}

/**
 * Background jobs on PostgreSQL (pg-boss, schema `pgboss`, created by pg-boss itself).
 * Every API instance runs one; pg-boss's locks make them share the work, and its cron
 * scheduler fires each schedule once across instances. Started on first use, stopped on shutdown.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBossType;
  private started: Promise<PgBossType> | null = null;
  private creating: Promise<void> = Promise.resolve();

  constructor(config: AppConfig) {
    if (!config.databaseUrl) throw new Error('databaseUrl must be resolved before jobs start');
    this.boss = new PgBoss({ connectionString: config.databaseUrl, schema: 'pgboss', max: 4, application_name: 'moot-jobs' });
    this.boss.on('error', (error) => this.logger.error(`background jobs: ${error.message}`));
  }

  /** Creates the queue (idempotent) and runs `handler` for each job, one at a time. */
  async work<T extends object>(name: string, options: QueueOptions, handler: JobHandler<T>): Promise<void> {
    const boss = await this.start();
    await this.ensureQueue(boss, name, options);
    await boss.work<T>(name, { pollingIntervalSeconds: 1, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  async send(name: string, data: object, options: { singletonKey?: string } = {}): Promise<void> {
    const boss = await this.start();
    await boss.send(name, data, options);
  }

  /** A cron schedule (Europe/London), fired once across all instances. */
  async schedule(name: string, cron: string, options: QueueOptions = {}): Promise<void> {
    const boss = await this.start();
    await this.ensureQueue(boss, name, options);
    await boss.schedule(name, cron, {}, { tz: 'Europe/London' });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch((error: Error) => this.logger.warn(`background jobs did not stop cleanly: ${error.message}`));
  }

  private start(): Promise<PgBossType> {
    this.started ??= this.boss.start();
    return this.started;
  }

  /**
   * Creating a queue creates a table partition; concurrent creations (here or on another
   * instance) can deadlock, so they run one at a time here and the loser of a cross-instance race retries.
   */
  private ensureQueue(boss: PgBossType, name: string, options: QueueOptions): Promise<void> {
    const created = this.creating.then(async () => {
      for (let attempt = 1; ; attempt++) {
        if (await boss.getQueue(name)) return;
        try {
          await boss.createQueue(name, { name, policy: options.policy ?? 'standard', retryLimit: options.retryLimit ?? 3, retryDelay: 60 });
          return;
        } catch (error) {
          if (attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    });
    this.creating = created.catch(() => undefined);
    return created;
  }
}
