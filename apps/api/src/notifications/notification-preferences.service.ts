import { Injectable } from '@nestjs/common';
import { NOTIFICATION_TYPES, type Delivery, type NotificationPreferences, type NotificationType, type UpdateNotificationPreferences } from '@moot/contracts';
import { NotificationException } from './notification.exception';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

/** Quiet by default: only what is addressed to you personally reaches a (daily) email. */
export const DEFAULT_DELIVERY: Readonly<Record<NotificationType, Delivery>> = {
  mention: 'daily_digest',
  reply: 'daily_digest',
  thread_reply: 'in_app',
  accepted_answer: 'in_app',
  join_request: 'in_app',
  join_approved: 'in_app',
  announcement: 'in_app',
  endorsement: 'in_app',
  moderation: 'in_app',
};

/**
 * Decides how each notification reaches a person. Every delivery except `off` includes the
 * in-app entry; the email sender reads {@link deliveryFor} and {@link quietHoursFor}.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly repository: NotificationPreferencesRepository) {}

  /** A choice for the group (when the event belongs to one) wins over the per-type choice, which wins over the default. */
  async deliveryFor(userId: string, type: NotificationType, groupId: string | null): Promise<Delivery> {
    const choices = await this.repository.choicesFor(userId, type, groupId);
    return choices.group ?? choices.type ?? DEFAULT_DELIVERY[type];
  }

  /** {@link deliveryFor} for many people at once (e.g. every member of a group). */
  async deliveriesFor(userIds: string[], type: NotificationType, groupId: string | null): Promise<Map<string, Delivery>> {
    const deliveries = new Map(userIds.map((id) => [id, DEFAULT_DELIVERY[type]]));
    for (const choice of await this.repository.choicesForMany(userIds, type, groupId)) {
      deliveries.set(choice.userId, choice.group ?? choice.type ?? DEFAULT_DELIVERY[type]);
    }
    return deliveries;
  }

  /** Local times "HH:MM" (Europe/London), or null when the person has none. */
  async quietHoursFor(userId: string): Promise<{ start: string; end: string } | null> {
    const settings = await this.repository.quietHours(userId);
    return settings ? { start: settings.quietStart, end: settings.quietEnd } : null;
  }

  async get(userId: string): Promise<NotificationPreferences> {
    const [stored, groups, quietHours] = await Promise.all([this.repository.typeChoices(userId), this.repository.memberGroups(userId), this.quietHoursFor(userId)]);
    const chosen = new Map(stored.map((choice) => [choice.type, choice.delivery]));
    return {
      types: NOTIFICATION_TYPES.map((type) => ({ type, delivery: chosen.get(type) ?? DEFAULT_DELIVERY[type] })),
      groups,
      quietHours,
    };
  }

  /** Group choices are only for groups the person belongs to (anything else: 404, as if it did not exist). */
  async update(userId: string, update: UpdateNotificationPreferences): Promise<NotificationPreferences> {
    const groupIds = [...new Set((update.groups ?? []).map((choice) => choice.groupId))];
    const mine = await this.repository.memberOf(userId, groupIds);
    const stranger = groupIds.find((id) => !mine.has(id));
    if (stranger) throw NotificationException.groupNotFound(stranger);
    await this.repository.save(userId, update);
    return this.get(userId);
  }
}
