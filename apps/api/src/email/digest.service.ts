import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Delivery, NotificationType } from '@moot/contracts';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { NotificationPreferencesService } from '../notifications/notification-preferences.service';
import { EmailNotificationRepository, EmailNotificationRow } from './email-notification.repository';
import { MailerService } from './mailer.service';
import { renderDigestEmail } from './notification-email';
import { UnsubscribeService } from './unsubscribe.service';

export const DAILY_DIGEST_QUEUE = 'email-digest-daily';
export const WEEKLY_DIGEST_QUEUE = 'email-digest-weekly';

type Period = 'daily' | 'weekly';
const DELIVERY: Record<Period, Delivery> = { daily: 'daily_digest', weekly: 'weekly_digest' };
/** Older than this, an unread notification is stale news: it stays in the app, out of the email. */
const LOOK_BACK_MS: Record<Period, number> = { daily: 8 * 24 * 60 * 60 * 1000, weekly: 15 * 24 * 60 * 60 * 1000 };

export interface DigestRun {
  /** Emails sent (or, with email off, digests marked done). */
  sent: number;
  notifications: number;
}

/**
 * Daily (08:00) and weekly (Monday 08:00) summaries, Europe/London. Each person's digest holds
 * what is still unread in the app and not in an earlier digest; claiming it marks `digested_at`
 * in the sending transaction, so any number of instances running at once send it once.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly repository: EmailNotificationRepository,
    private readonly preferences: NotificationPreferencesService,
    private readonly unsubscribe: UnsubscribeService,
    private readonly mailer: MailerService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(DAILY_DIGEST_QUEUE, { retryLimit: 1 }, () => this.runDaily().then(() => undefined));
    await this.jobs.work(WEEKLY_DIGEST_QUEUE, { retryLimit: 1 }, () => this.runWeekly().then(() => undefined));
    await this.jobs.schedule(DAILY_DIGEST_QUEUE, '0 8 * * *', { retryLimit: 1 });
    await this.jobs.schedule(WEEKLY_DIGEST_QUEUE, '0 8 * * 1', { retryLimit: 1 });
  }

  runDaily(now: Date = new Date()): Promise<DigestRun> {
    return this.run('daily', now);
  }

  runWeekly(now: Date = new Date()): Promise<DigestRun> {
    return this.run('weekly', now);
  }

  private async run(period: Period, now: Date): Promise<DigestRun> {
    const byUser = new Map<string, EmailNotificationRow[]>();
    for (const row of await this.repository.digestCandidates(new Date(now.getTime() - LOOK_BACK_MS[period]))) {
      if ((await this.preferences.deliveryFor(row.userId, row.type, row.groupId)) !== DELIVERY[period]) continue;
      byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
    }
    const result: DigestRun = { sent: 0, notifications: 0 };
    for (const [userId, rows] of byUser) {
      try {
        const count = await this.sendOne(period, userId, rows);
        if (count > 0) result.sent += 1;
        result.notifications += count;
      } catch (error) {
        // One bad address must not hold back everyone else's digest; the next run retries it.
        this.logger.error(`${period} digest for user ${userId} failed: ${(error as Error).message}`);
      }
    }
    return result;
  }

  private async sendOne(period: Period, userId: string, rows: EmailNotificationRow[]): Promise<number> {
    return this.repository.transaction(async (manager) => {
      const { recipient, claimed } = await this.repository.claimForDigest(manager, userId, rows.map((row) => row.id));
      if (!recipient || claimed.length === 0) return 0;
      const mine = rows.filter((row) => claimed.includes(row.id));
      const type = mostCommonType(mine);
      const unsubscribeUrl = await this.unsubscribe.linkFor(userId, type);
      await this.mailer.send({ to: recipient.email, unsubscribeUrl, ...renderDigestEmail(this.config, period, mine, { type, url: unsubscribeUrl }) });
      return mine.length;
    });
  }
}

/** A digest's one-click unsubscribe stops the type it is mostly about. */
function mostCommonType(rows: EmailNotificationRow[]): NotificationType {
  const counts = new Map<NotificationType, number>();
  for (const row of rows) counts.set(row.type, (counts.get(row.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
