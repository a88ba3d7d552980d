import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { DigestService } from './digest.service';
import { EmailNotificationRepository } from './email-notification.repository';
import { ImmediateEmailService } from './immediate-email.service';
import { MailerService } from './mailer.service';
import { SiteSecretRepository } from './site-secret.repository';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe.service';

/** Notification emails (immediate and digests) and their one-click unsubscribe links. Needs JobsModule. */
@Module({
  imports: [NotificationsModule],
  controllers: [UnsubscribeController],
  providers: [MailerService, SiteSecretRepository, UnsubscribeService, EmailNotificationRepository, ImmediateEmailService, DigestService],
  exports: [ImmediateEmailService, DigestService, UnsubscribeService],
})
export class EmailModule {}
