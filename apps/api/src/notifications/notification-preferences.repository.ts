import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Delivery, NotificationType } from '@moot/contracts';
import { NotificationGroupPreferenceEntity, NotificationPreferenceEntity, NotificationSettingsEntity } from './notification-preference.entities';

export interface MemberGroupPreferenceRow {
  groupId: string;
  groupName: string;
  delivery: Delivery | null;
}

/** Every query on the preference tables. */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The stored per-type and per-group choices that decide one delivery (either may be missing). */
  async choicesFor(userId: string, type: NotificationType, groupId: string | null): Promise<{ type: Delivery | null; group: Delivery | null }> {
    const [row] = await this.dataSource.query<{ type: Delivery | null; group: Delivery | null }[]>(
      `SELECT (SELECT delivery FROM notification_preferences WHERE user_id = $1 AND type = $2) AS type,
              (SELECT delivery FROM notification_group_preferences WHERE user_id = $1 AND group_id = $3) AS "group"`,
      [userId, type, groupId],
    );
    return row;
  }

  /** The same for many people at once (rows only for those with a stored choice). */
  choicesForMany(userIds: string[], type: NotificationType, groupId: string | null): Promise<{ userId: string; type: Delivery | null; group: Delivery | null }[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT u.id AS "userId", t.delivery AS type, gp.delivery AS "group"
       FROM unnest($1::uuid[]) AS u(id)
       LEFT JOIN notification_preferences t ON t.user_id = u.id AND t.type = $2
       LEFT JOIN notification_group_preferences gp ON gp.user_id = u.id AND gp.group_id = $3
       WHERE t.delivery IS NOT NULL OR gp.delivery IS NOT NULL`,
      [userIds, type, groupId],
    );
  }

  typeChoices(userId: string): Promise<{ type: NotificationType; delivery: Delivery }[]> {
    return this.dataSource.getRepository(NotificationPreferenceEntity).find({ where: { userId }, select: { type: true, delivery: true } });
  }

  /** The groups the person belongs to, with their choice (null: follow the per-type settings). */
  memberGroups(userId: string): Promise<MemberGroupPreferenceRow[]> {
    return this.dataSource.query(
      `SELECT g.id AS "groupId", g.name AS "groupName", p.delivery
       FROM group_memberships m JOIN groups g ON g.id = m.group_id
       LEFT JOIN notification_group_preferences p ON p.user_id = m.user_id AND p.group_id = g.id
       WHERE m.user_id = $1 ORDER BY lower(g.name), g.id`,
      [userId],
    );
  }

  async memberOf(userId: string, groupIds: string[]): Promise<Set<string>> {
    if (groupIds.length === 0) return new Set();
    const rows = await this.dataSource.query<{ group_id: string }[]>(`SELECT group_id FROM group_memberships WHERE user_id = $1 AND group_id = ANY($2::uuid[])`, [
      userId,
      groupIds,
    ]);
    return new Set(rows.map((row) => row.group_id));
  }

  quietHours(userId: string): Promise<NotificationSettingsEntity | null> {
    return this.dataSource.getRepository(NotificationSettingsEntity).findOneBy({ userId });
  }

  /** Applies one update in a transaction: upserts, deletes of "back to default", quiet hours. */
  async save(
    userId: string,
    update: {
      types?: { type: NotificationType; delivery: Delivery }[];
      groups?: { groupId: string; delivery: Delivery | null }[];
      quietHours?: { start: string; end: string } | null;
    },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (update.types?.length) {
        await manager.upsert(NotificationPreferenceEntity, update.types.map((choice) => ({ userId, ...choice })), ['userId', 'type']);
      }
      for (const choice of update.groups ?? []) {
        if (choice.delivery === null) await manager.delete(NotificationGroupPreferenceEntity, { userId, groupId: choice.groupId });
        else await manager.upsert(NotificationGroupPreferenceEntity, { userId, groupId: choice.groupId, delivery: choice.delivery }, ['userId', 'groupId']);
      }
      if (update.quietHours === null) await manager.delete(NotificationSettingsEntity, { userId });
      else if (update.quietHours) {
        await manager.upsert(NotificationSettingsEntity, { userId, quietStart: update.quietHours.start, quietEnd: update.quietHours.end }, ['userId']);
      }
    });
  }
}
