import { Global, Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { NotificationEvents } from './notification-events';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationPublisher } from './notification-publisher.service';
import { NotificationTriggers } from './notification-triggers.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/**
 * In-app notifications (issue #7). Global so that groups and skills can announce events on
 * {@link NotificationEvents}, and the email sender can ask {@link NotificationPreferencesService}.
 */
@Global()
@Module({
  imports: [RealtimeModule],
  controllers: [NotificationsController],
  providers: [
    NotificationEvents,
    NotificationsRepository,
    NotificationPreferencesRepository,
    NotificationPreferencesService,
    NotificationsService,
    NotificationPublisher,
    NotificationTriggers,
  ],
  exports: [NotificationEvents, NotificationPreferencesService, NotificationsRepository, NotificationPublisher],
})
export class NotificationsModule {}
