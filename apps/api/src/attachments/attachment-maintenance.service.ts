import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AttachmentsService } from './attachments.service';

const EVERY_HOUR_MS = 3_600_000;
export const UNCLAIMED_MAX_AGE_MS = 24 * EVERY_HOUR_MS;

/** Removes uploads never used in a post or reply within a day. Safe on every instance at once. */
@Injectable()
export class AttachmentMaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AttachmentMaintenanceService.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly attachments: AttachmentsService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), EVERY_HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async purge(): Promise<void> {
    try {
      const removed = await this.attachments.purgeUnclaimed(UNCLAIMED_MAX_AGE_MS);
      if (removed > 0) this.logger.log(`removed ${removed} unused upload(s)`);
    } catch (error) {
      this.logger.warn(`unused uploads could not be removed: ${(error as Error).message}`);
    }
  }
}
