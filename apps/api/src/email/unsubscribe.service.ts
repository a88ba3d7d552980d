import { Injectable } from '@nestjs/common';
import type { NotificationType } from '@moot/contracts';
import { AppConfig } from '../config/app-config';
import { NotificationPreferencesService } from '../notifications/notification-preferences.service';
import { SiteSecretRepository } from './site-secret.repository';
import { signUnsubscribeToken, UnsubscribeClaim, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET_NAME = 'email-unsubscribe';
/** Long enough for an old digest to still work; short enough that leaked links die. */
const LINK_LIFETIME_SECONDS = 90 * 24 * 60 * 60;

/** Signed, single-purpose unsubscribe links: one person, one notification type, back to in-app only. */
@Injectable()
export class UnsubscribeService {
  private secret: Promise<Buffer> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly secrets: SiteSecretRepository,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  async linkFor(userId: string, type: NotificationType, now: Date = new Date()): Promise<string> {
    const expiresAt = Math.floor(now.getTime() / 1000) + LINK_LIFETIME_SECONDS;
    const token = signUnsubscribeToken(await this.key(), { userId, type, expiresAt });
    return `${this.config.publicUrl}/api/email/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  /** The claim of a valid token, or null (tampered, expired, malformed). */
  async check(token: string): Promise<UnsubscribeClaim | null> {
    return verifyUnsubscribeToken(await this.key(), token);
  }

  async unsubscribe(token: string): Promise<UnsubscribeClaim | null> {
    const claim = await this.check(token);
    if (claim) await this.preferences.update(claim.userId, { types: [{ type: claim.type, delivery: 'in_app' }] });
    return claim;
  }

  private key(): Promise<Buffer> {
    this.secret ??= this.secrets.getOrCreate(SECRET_NAME).catch((error: unknown) => {
      this.secret = null;
      throw error;
    });
    return this.secret;
  }
}
