import { Injectable } from '@nestjs/common';
import type { NotificationsPage, UnreadCount } from '@moot/contracts';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';
import { SHOWN_ACTORS, toNotificationView } from './notification.mapper';
import { NotificationException } from './notification.exception';
import { NotificationsRepository } from './notifications.repository';

const DEFAULT_LIMIT = 20;

/** The bell: a person's own notifications, re-checked against what they may see now. */
@Injectable()
export class NotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  async page(userId: string, query: { cursor?: string; unreadOnly?: boolean; limit?: number }): Promise<NotificationsPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor ? decodeNotificationCursor(query.cursor) : null;
    const [rows, unreadCount] = await Promise.all([
      this.repository.page(userId, { after, unreadOnly: query.unreadOnly === true, limit: limit + 1 }),
      this.repository.unreadCount(userId),
    ]);
    const page = rows.slice(0, limit);
    const people = await this.repository.people([...new Set(page.flatMap((row) => row.actorIds.slice(0, SHOWN_ACTORS)))]);
    const byId = new Map(people.map((person) => [person.id, person]));
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toNotificationView(row, byId)),
      nextCursor: rows.length > limit && last ? encodeNotificationCursor(last.updatedAtText, last.id) : null,
      unreadCount,
    };
  }

  async unreadCount(userId: string): Promise<UnreadCount> {
    return { unreadCount: await this.repository.unreadCount(userId) };
  }

  /** Someone else's notification (or a malformed id) is simply not found. */
  async markRead(userId: string, id: string): Promise<void> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) || !(await this.repository.markRead(userId, id))) {
      throw NotificationException.notFound();
    }
  }

  markAllRead(userId: string): Promise<void> {
    return this.repository.markAllRead(userId);
  }
}
