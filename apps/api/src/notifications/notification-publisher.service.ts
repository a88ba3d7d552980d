import { Injectable } from '@nestjs/common';
import { RealtimeGateway } from '../realtime/realtime.gateway';
import { userRoom } from '../realtime/realtime.types';
import { NotificationsRepository } from './notifications.repository';

/** Tells a person's open tabs (on any instance, through the socket.io adapter) that their bell changed. */
@Injectable()
export class NotificationPublisher {
  constructor(
    private readonly gateway: RealtimeGateway,
    private readonly repository: NotificationsRepository,
  ) {}

  async notificationChanged(userId: string, notificationId: string): Promise<void> {
    // No socket server in the CLI or before the app listens: nobody to tell.
    if (!this.gateway.server) return;
    const unreadCount = await this.repository.unreadCount(userId);
    this.gateway.server.to(userRoom(userId)).emit('notification:new', { notificationId, unreadCount });
  }
}
