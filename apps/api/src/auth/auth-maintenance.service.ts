import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SamlService } from './saml/saml.service';
import { SessionService } from './sessions/session.service';

const EVERY_HOUR_MS = 3_600_000;

/**
 * Deletes expired sessions, AuthnRequest ids and replay-cache entries. Safe to run on every
 * instance at once: each is a plain DELETE of rows past their expiry.
 */
@Injectable()
export class AuthMaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuthMaintenanceService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly sessions: SessionService,
    private readonly saml: SamlService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), EVERY_HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async purge(): Promise<void> {
    try {
      const sessions = await this.sessions.purgeExpired();
      await this.saml.purgeExpired();
      if (sessions > 0) this.logger.log(`removed ${sessions} expired session(s)`);
    } catch (error) {
      this.logger.warn(`expired sign-in data could not be purged: ${(error as Error).message}`);
    }
  }
}
