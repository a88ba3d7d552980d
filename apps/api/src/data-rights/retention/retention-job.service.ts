import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue.service';
import { RetentionService } from './retention.service';

export const RETENTION_QUEUE = 'retention-daily';

/** Runs every retention policy daily at 02:30 (Europe/London), a quiet hour for councils. */
@Injectable()
export class RetentionJobService implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly retention: RetentionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(RETENTION_QUEUE, { retryLimit: 1 }, () => this.retention.runAll().then(() => undefined));
    await this.jobs.schedule(RETENTION_QUEUE, '30 2 * * *', { retryLimit: 1 });
  }
}
