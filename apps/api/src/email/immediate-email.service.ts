import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { NotificationPreferencesService } from '../notifications/notification-preferences.service';
import { EmailNotificationRepository } from './email-notification.repository';
import { MailerService } from './mailer.service';
import { renderImmediateEmail } from './notification-email';
import { inQuietHours } from './quiet-hours';
import { UnsubscribeService } from './unsubscribe.service';

export const IMMEDIATE_EMAIL_QUEUE = 'email-immediate';
export const IMMEDIATE_SWEEP_QUEUE = 'email-immediate-sweep';
/** Quiet hours last under a day, so a day's look-back catches everything held back by them. */
const SWEEP_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * "Email me straight away": one job per notification (singleton key = its id), sent once.
 * A sweep every minute enqueues what is due, so nothing depends on the writer calling in, and
 * notifications held back by quiet hours go out when they end.
 */
@Injectable()
export class ImmediateEmailService implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly repository: EmailNotificationRepository,
    private readonly preferences: NotificationPreferencesService,
    private readonly unsubscribe: UnsubscribeService,
    private readonly mailer: MailerService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ notificationId: string }>(IMMEDIATE_EMAIL_QUEUE, { policy: 'short' }, (data) => this.send(data.notificationId));
    await this.jobs.work(IMMEDIATE_SWEEP_QUEUE, { retryLimit: 0 }, () => this.sweep().then(() => undefined));
    await this.jobs.schedule(IMMEDIATE_SWEEP_QUEUE, '* * * * *', { retryLimit: 0 });
  }

  /** Queues the email for one notification (at most one waiting job per notification). */
  async enqueue(notificationId: string): Promise<void> {
    await this.jobs.send(IMMEDIATE_EMAIL_QUEUE, { notificationId }, { singletonKey: notificationId });
  }

  /** Enqueues every notification now due for an immediate email; returns their ids. */
  async sweep(now: Date = new Date()): Promise<string[]> {
    const due: string[] = [];
    const quietByUser = new Map<string, boolean>();
    for (const row of await this.repository.immediateCandidates(new Date(now.getTime() - SWEEP_WINDOW_MS))) {
      if ((await this.preferences.deliveryFor(row.userId, row.type, row.groupId)) !== 'email_now') continue;
      if (!quietByUser.has(row.userId)) quietByUser.set(row.userId, inQuietHours(await this.preferences.quietHoursFor(row.userId), now));
      if (quietByUser.get(row.userId)) continue;
      await this.enqueue(row.id);
      due.push(row.id);
    }
    return due;
  }

  /**
   * Claims and sends in one transaction: another instance's claim waits on the row and then
   * finds `emailed_at` set; a failed send rolls the claim back so the job's retry can try again.
   */
  async send(notificationId: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const row = await this.repository.claimForEmail(manager, notificationId);
      if (!row) return;
      if ((await this.preferences.deliveryFor(row.userId, row.type, row.groupId)) !== 'email_now') return;
      const unsubscribeUrl = await this.unsubscribe.linkFor(row.userId, row.type);
      await this.mailer.send({ to: row.email, unsubscribeUrl, ...renderImmediateEmail(this.config, row, unsubscribeUrl) });
    });
  }
}
