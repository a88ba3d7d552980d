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
    await this.notificationsChanged([{ userId, notificationId }]);
  }

  /** Several people at once: one query for all their unread counts. */
  async notificationsChanged(changes: { userId: string; notificationId: string }[]): Promise<void> {
    // No socket server in the CLI or before the app listens: nobody to tell.
    const server = this.gateway.server;
    if (!server || changes.length === 0) return;
    const counts = await this.repository.unreadCounts(changes.map((change) => change.userId));
    for (const { userId, notificationId } of changes) {
      server.to(userRoom(userId)).emit('notification:new', { notificationId, unreadCount: counts.get(userId) ?? 0 });
    }
  }
}
