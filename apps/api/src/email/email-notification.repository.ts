import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationType } from '@moot/contracts';
import { GroupVisibilitySql, ModerationVisibilitySql } from '../authorization/authorization.service';
import { returningRows } from '../database/returning-rows';

/** A notification as an email needs it: who gets it, what happened, who did it. */
export interface EmailNotificationRow {
  id: string;
  userId: string;
  type: NotificationType;
  groupId: string | null;
  link: string;
  actorCount: number;
  /** Display names of up to three actors, newest first. */
  actorNames: string[];
}

export interface Recipient {
  id: string;
  email: string;
}

// Re-checked at send time, whatever wrote the row: an active recipient who may still see the group's content,
// and whose post or reply target has not been taken out of view by a moderator (issue #8).
const STILL_VISIBLE = `
  u.deactivated_at IS NULL AND u.status = 'active'
  AND (n.group_id IS NULL OR EXISTS (SELECT 1 FROM groups g WHERE g.id = n.group_id AND ${GroupVisibilitySql.canSeeGroupContent('g', 'n.user_id')}))
  AND (n.target_type <> 'post' OR NOT EXISTS (SELECT 1 FROM posts mp WHERE mp.id = n.target_id AND NOT ${ModerationVisibilitySql.published('mp', 'n.user_id')}))
  AND (n.target_type <> 'reply' OR NOT EXISTS (SELECT 1 FROM replies mr JOIN posts mrp ON mrp.id = mr.post_id WHERE mr.id = n.target_id
    AND NOT (${ModerationVisibilitySql.published('mr', 'n.user_id')} AND ${ModerationVisibilitySql.published('mrp', 'n.user_id')})))`;

const ROW_COLUMNS = `
  n.id, n.user_id AS "userId", n.type, n.group_id AS "groupId", n.link, n.actor_count AS "actorCount",
  ARRAY(SELECT a.display_name FROM unnest(n.actor_ids[1:3]) WITH ORDINALITY AS x(actor_id, pos)
        JOIN users a ON a.id = x.actor_id ORDER BY x.pos) AS "actorNames"`;

/** Every query of the email sender on `notifications` (owned by the notifications feature). */
@Injectable()
export class EmailNotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Unread, never-emailed notifications of people who chose `email_now` for some type or group
   * (no default is `email_now`, so this skips almost everyone); the caller confirms each delivery.
   */
  immediateCandidates(since: Date): Promise<EmailNotificationRow[]> {
    return this.dataSource.query(
      `SELECT ${ROW_COLUMNS} FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.read_at IS NULL AND n.emailed_at IS NULL AND n.updated_at >= $1 AND ${STILL_VISIBLE}
         AND (EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = n.user_id AND p.delivery = 'email_now')
           OR EXISTS (SELECT 1 FROM notification_group_preferences gp WHERE gp.user_id = n.user_id AND gp.delivery = 'email_now'))
       ORDER BY n.updated_at LIMIT 500`,
      [since],
    );
  }

  /** Claims one notification for its immediate email; null when another instance already did or it was read. */
  async claimForEmail(manager: EntityManager, id: string): Promise<(EmailNotificationRow & Recipient) | null> {
    const claimed = returningRows<{ id: string }>(
      await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1 AND emailed_at IS NULL AND read_at IS NULL RETURNING id`, [id]),
    );
    if (claimed.length === 0) return null;
    const [row] = await manager.query<(EmailNotificationRow & Recipient)[]>(
      `SELECT ${ROW_COLUMNS}, u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.id = $1 AND ${STILL_VISIBLE}`,
      [id],
    );
    return row ?? null;
  }

  /** Unread, not yet digested notifications that their people may still see, oldest first. */
  digestCandidates(since: Date): Promise<EmailNotificationRow[]> {
    return this.dataSource.query(
      `SELECT ${ROW_COLUMNS} FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.read_at IS NULL AND n.digested_at IS NULL AND n.emailed_at IS NULL AND n.created_at >= $1 AND ${STILL_VISIBLE}
       ORDER BY n.user_id, n.updated_at, n.id`,
      [since],
    );
  }

  /**
   * Marks the given notifications digested, locking them in id order so two instances queue up
   * rather than deadlock; returns only those this call claimed (still unread, visible, not digested).
   */
  async claimForDigest(manager: EntityManager, userId: string, ids: string[]): Promise<{ recipient: Recipient | null; claimed: string[] }> {
    const claimed = returningRows<{ id: string }>(
      await manager.query(
        `UPDATE notifications SET digested_at = now()
         WHERE id IN (SELECT id FROM notifications WHERE id = ANY($1::uuid[]) AND user_id = $2 ORDER BY id FOR UPDATE)
           AND digested_at IS NULL AND read_at IS NULL
         RETURNING id`,
        [ids, userId],
      ),
    ).map((row) => row.id);
    const [recipient] = await manager.query<Recipient[]>(`SELECT id, email FROM users WHERE id = $1`, [userId]);
    return { recipient: recipient ?? null, claimed };
  }
}
