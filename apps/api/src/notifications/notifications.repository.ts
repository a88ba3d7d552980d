import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { NotificationType } from '@moot/contracts';
import { GroupVisibilitySql, ModerationVisibilitySql } from '../authorization/authorization.service';
import { returningRows } from '../database/returning-rows';
import { UserEntity } from '../users/user.entity';
import type { NotificationTargetType } from './notification.entity';

/** One event for one person, before grouping. */
export interface NotificationInput {
  userId: string;
  type: NotificationType;
  targetType: NotificationTargetType;
  targetId: string;
  groupId: string | null;
  groupKey: string;
  /** Null when there is nobody to name (an anonymous author, a system change). */
  actorId: string | null;
  link: string;
}

export interface NotificationRow {
  id: string;
  type: NotificationType;
  actorIds: string[];
  actorCount: number;
  link: string;
  readAt: Date | null;
  updatedAt: Date;
  /** updated_at as PostgreSQL prints it (microseconds kept), for the cursor. */
  updatedAtText: string;
  groupName: string | null;
  skillName: string | null;
  /** What it is about (`post`, `reply`, `skill`, …), for the wording. */
  targetType?: string;
  /** Moderation notifications: the case's target kind, latest decision and its reason. */
  moderationTargetType?: string | null;
  moderationAction?: string | null;
  moderationReason?: string | null;
}

export interface PostFacts {
  id: string;
  groupId: string | null;
  /** The named author; null for an anonymous post. */
  authorId: string | null;
  /** Whoever wrote it, named or not: used only to leave the writer out, never shown or stored. */
  writerId: string;
  type: string;
  acceptedReplyId: string | null;
  deleted: boolean;
}

/**
 * The notifications a person may still see: the target's group content is visible to them (the
 * same rule as {@link GroupVisibilitySql.canSeeGroupContent}) and a post or reply target still exists.
 * `viewer` is the SQL for the person's id (a parameter such as `$1`, or a column).
 */
const visibleTo = (viewer: string): string => `
  n.user_id = ${viewer}
  AND (n.group_id IS NULL OR ${GroupVisibilitySql.canSeeGroupContent('g', viewer)})
  AND (n.target_type <> 'post' OR EXISTS (SELECT 1 FROM posts vp WHERE vp.id = n.target_id AND vp.deleted_at IS NULL
    AND ${ModerationVisibilitySql.published('vp', viewer)}))
  AND (n.target_type <> 'reply' OR EXISTS (SELECT 1 FROM replies vr JOIN posts vrp ON vrp.id = vr.post_id WHERE vr.id = n.target_id AND vr.deleted_at IS NULL
    AND ${ModerationVisibilitySql.published('vr', viewer)} AND ${ModerationVisibilitySql.published('vrp', viewer)}))`;
const VISIBLE = visibleTo('$1');

/** Every query of the notifications feature (preferences aside). */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates the notification, or, while an unread one with the same (user, type, group key)
   * exists, adds the actor to it (newest first, once) and bumps updated_at. Returns its id.
   */
  async upsert(input: NotificationInput): Promise<string> {
    const { userId, ...event } = input;
    const [row] = await this.upsertMany([userId], event);
    return row.notificationId;
  }

  /**
   * {@link upsert} for many people at once (an announcement to a large group is one statement,
   * not one per member). `userIds` must be distinct. Returns each person's notification id.
   */
  async upsertMany(userIds: string[], event: Omit<NotificationInput, 'userId'>): Promise<{ userId: string; notificationId: string }[]> {
    if (userIds.length === 0) return [];
    return this.dataSource.query(
      `INSERT INTO notifications AS n (user_id, type, target_type, target_id, group_id, group_key, actor_ids, actor_count, link, created_at, updated_at)
       SELECT u.id, $2, $3, $4, $5, $6, CASE WHEN $7::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$7::uuid] END,
              CASE WHEN $7::uuid IS NULL THEN 0 ELSE 1 END, $8, clock_timestamp(), clock_timestamp()
       FROM unnest($1::uuid[]) AS u(id)
       ON CONFLICT (user_id, type, group_key) WHERE read_at IS NULL DO UPDATE SET
         actor_ids = CASE WHEN $7::uuid IS NULL THEN n.actor_ids ELSE array_prepend($7::uuid, array_remove(n.actor_ids, $7::uuid)) END,
         actor_count = CASE WHEN $7::uuid IS NULL THEN n.actor_count ELSE cardinality(array_prepend($7::uuid, array_remove(n.actor_ids, $7::uuid))) END,
         updated_at = clock_timestamp()
       RETURNING n.user_id AS "userId", n.id AS "notificationId"`,
      [userIds, event.type, event.targetType, event.targetId, event.groupId, event.groupKey, event.actorId, event.link],
    );
  }

  /** The people among `userIds` already told about this target in this way (read or not). */
  async alreadyNotified(userIds: string[], type: NotificationType, targetId: string): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT DISTINCT user_id FROM notifications WHERE user_id = ANY($1::uuid[]) AND type = $2 AND target_id = $3`,
      [userIds, type, targetId],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /** Active people among `userIds` who may see the post (its group's content), as AuthorizationService.canSeePost. */
  async whoMaySeePost(userIds: string[], postId: string): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT u.id FROM users u JOIN posts p ON p.id = $2 LEFT JOIN groups g ON g.id = p.group_id
       WHERE u.id = ANY($1::uuid[]) AND u.status = 'active' AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', 'u.id')}
         AND (p.group_id IS NULL OR ${GroupVisibilitySql.canSeeGroupContent('g', 'u.id')})`,
      [userIds, postId],
    );
    return rows.map((row) => row.id);
  }

  async activeUserIds(userIds: string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND status = 'active'`, [userIds]);
    return rows.map((row) => row.id);
  }

  async post(postId: string): Promise<PostFacts | null> {
    const [row] = await this.dataSource.query<PostFacts[]>(
      `SELECT id, group_id AS "groupId", author_id AS "authorId",
              coalesce(author_id, anonymous_author_id) AS "writerId", type, accepted_reply_id AS "acceptedReplyId", deleted_at IS NOT NULL AS deleted
       FROM posts WHERE id = $1`,
      [postId],
    );
    return row ?? null;
  }

  async replyAuthor(replyId: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ author_id: string }[]>(`SELECT author_id FROM replies WHERE id = $1 AND deleted_at IS NULL`, [replyId]);
    return row?.author_id ?? null;
  }

  async mentionedPeople(postId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(`SELECT user_id FROM post_mentions WHERE post_id = $1 AND user_id IS NOT NULL`, [postId]);
    return rows.map((row) => row.user_id);
  }

  /** Everyone with a live reply in the thread. */
  async repliers(postId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ author_id: string }[]>(`SELECT DISTINCT author_id FROM replies WHERE post_id = $1 AND deleted_at IS NULL`, [postId]);
    return rows.map((row) => row.author_id);
  }

  async group(groupId: string): Promise<{ id: string; slug: string } | null> {
    const [row] = await this.dataSource.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM groups WHERE id = $1`, [groupId]);
    return row ?? null;
  }

  /** Active members of a group, or only its managers and owners. */
  async members(groupId: string, managersOnly: boolean): Promise<string[]> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT m.user_id FROM group_memberships m JOIN users u ON u.id = m.user_id AND u.status = 'active'
       WHERE m.group_id = $1 AND ($2::boolean = false OR m.role IN ('owner', 'manager'))`,
      [groupId, managersOnly],
    );
    return rows.map((row) => row.user_id);
  }

  /** One page, newest change first (keyset on updated_at, id), of what the person may still see. */
  page(userId: string, options: { after: { updatedAt: string; id: string } | null; unreadOnly: boolean; limit: number }): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT n.id, n.type, n.target_type AS "targetType", n.actor_ids AS "actorIds", n.actor_count AS "actorCount", n.link, n.read_at AS "readAt",
              n.updated_at AS "updatedAt", n.updated_at::text AS "updatedAtText", g.name AS "groupName",
              (SELECT s.name FROM skills s WHERE n.target_type = 'skill' AND s.id = n.target_id) AS "skillName",
              mc.target_type AS "moderationTargetType", mc.decision_action AS "moderationAction", mc.decision_reason AS "moderationReason"
       FROM notifications n LEFT JOIN groups g ON g.id = n.group_id
       LEFT JOIN moderation_cases mc ON n.target_type = 'moderation_case' AND mc.id = n.target_id
       WHERE ${VISIBLE}
         AND ($2::boolean = false OR n.read_at IS NULL)
         AND ($3::timestamptz IS NULL OR (n.updated_at, n.id) < ($3::timestamptz, $4::uuid))
       ORDER BY n.updated_at DESC, n.id DESC
       LIMIT $5`,
      [userId, options.unreadOnly, options.after?.updatedAt ?? null, options.after?.id ?? null, options.limit],
    );
  }

  /** Unread counts of several people at once, for telling their open tabs. */
  async unreadCounts(userIds: string[]): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ userId: string; count: number }[]>(
      `SELECT u.id AS "userId",
              (SELECT count(*)::int FROM notifications n LEFT JOIN groups g ON g.id = n.group_id WHERE ${visibleTo('u.id')} AND n.read_at IS NULL) AS count
       FROM unnest($1::uuid[]) AS u(id)`,
      [userIds],
    );
    return new Map(rows.map((row) => [row.userId, row.count]));
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications n LEFT JOIN groups g ON g.id = n.group_id WHERE ${VISIBLE} AND n.read_at IS NULL`,
      [userId],
    );
    return row.count;
  }

  /** False when there is no such notification of this person's. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const result: unknown = await this.dataSource.query(`UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`, [
      id,
      userId,
    ]);
    return returningRows(result).length > 0;
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [userId]);
  }

  people(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(UserEntity).find({ where: { id: In(ids) }, relations: { department: true } });
  }
}
