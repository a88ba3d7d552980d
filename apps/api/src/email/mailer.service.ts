import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import type { RenderedEmail } from './email-layout';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  /** One-click unsubscribe (RFC 8058) from exactly what this email is about. */
  unsubscribeUrl: string;
}

/**
 * Sends email over SMTP (`SMTP_URL`). Without it email is off: one line at start, and
 * {@link send} does nothing, so callers still mark their progress and nothing piles up.
 */
@Injectable()
export class MailerService implements OnModuleInit {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
    this.from = `"${config.siteName.replace(/["\\]/g, '')}" <no-reply@${new URL(config.publicUrl).hostname}>`;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  onModuleInit(): void {
    if (!this.transport) this.logger.warn('email is off: SMTP_URL is not set');
  }

  async send(email: OutgoingEmail): Promise<void> {
    if (!this.transport) return;
    await this.transport.sendMail({
      from: this.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      list: { unsubscribe: { url: email.unsubscribeUrl, comment: 'Unsubscribe' } },
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  }
}
