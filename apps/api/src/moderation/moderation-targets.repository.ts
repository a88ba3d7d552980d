import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportTargetType } from '@moot/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { ModerationStateColumn } from '../authorization/authorization.service';
import type { GroupRole } from '../groups/group-membership.entity';
import type { GroupVisibility } from '../groups/group.entity';

/** Something that can be reported, with what rules and views need; the viewer's role is in its group. */
export interface TargetRow {
  type: ReportTargetType;
  id: string;
  /** The post it is or belongs to; null for a profile. */
  postId: string | null;
  groupId: string | null;
  groupSlug: string | null;
  groupName: string | null;
  visibility: GroupVisibility | null;
  archived: boolean;
  viewerRole: GroupRole | null;
  /** The named author: null for an anonymous post (never shown, not even to moderators). */
  authorId: string | null;
  /** Whoever wrote or uploaded it, anonymous writers included: told about decisions only. */
  writerId: string | null;
  state: ModerationStateColumn;
  /** Sanitised HTML for posts, replies and profiles; the file name (plain) for files. */
  content: string;
  deleted: boolean;
  createdAt: Date;
  /** The post above a reply or file, and the reply above a file: their state and named author. */
  postState: ModerationStateColumn | null;
  postAuthorId: string | null;
  replyState: ModerationStateColumn | null;
  replyAuthorId: string | null;
}

const GROUP_COLUMNS = `g.slug AS "groupSlug", g.name AS "groupName", g.visibility, (g.archived_at IS NOT NULL) AS archived,
  (SELECT m.role FROM group_memberships m WHERE m.group_id = g.id AND m.user_id = $2) AS "viewerRole"`;

const SQL: Record<ReportTargetType, string> = {
  post: `SELECT 'post' AS type, p.id, p.id AS "postId", p.group_id AS "groupId", ${GROUP_COLUMNS},
      p.author_id AS "authorId", coalesce(p.author_id, p.anonymous_author_id) AS "writerId", p.moderation_state AS state,
      p.body_html AS content, (p.deleted_at IS NOT NULL) AS deleted, p.created_at AS "createdAt",
      NULL AS "postState", NULL::uuid AS "postAuthorId", NULL AS "replyState", NULL::uuid AS "replyAuthorId"
    FROM posts p LEFT JOIN groups g ON g.id = p.group_id WHERE p.id = ANY($1::uuid[])`,
  reply: `SELECT 'reply' AS type, r.id, p.id AS "postId", p.group_id AS "groupId", ${GROUP_COLUMNS},
      r.author_id AS "authorId", r.author_id AS "writerId", r.moderation_state AS state,
      r.body_html AS content, (r.deleted_at IS NOT NULL OR p.deleted_at IS NOT NULL) AS deleted, r.created_at AS "createdAt",
      p.moderation_state AS "postState", p.author_id AS "postAuthorId", NULL AS "replyState", NULL::uuid AS "replyAuthorId"
    FROM replies r JOIN posts p ON p.id = r.post_id LEFT JOIN groups g ON g.id = p.group_id WHERE r.id = ANY($1::uuid[])`,
  attachment: `SELECT 'attachment' AS type, a.id, p.id AS "postId", p.group_id AS "groupId", ${GROUP_COLUMNS},
      CASE WHEN a.reply_id IS NULL THEN p.author_id ELSE ar.author_id END AS "authorId", a.uploader_id AS "writerId",
      a.moderation_state AS state, a.file_name AS content,
      (p.deleted_at IS NOT NULL OR ar.deleted_at IS NOT NULL) AS deleted, a.created_at AS "createdAt",
      p.moderation_state AS "postState", p.author_id AS "postAuthorId", ar.moderation_state AS "replyState", ar.author_id AS "replyAuthorId"
    FROM attachments a LEFT JOIN replies ar ON ar.id = a.reply_id JOIN posts p ON p.id = coalesce(a.post_id, ar.post_id)
    LEFT JOIN groups g ON g.id = p.group_id WHERE a.id = ANY($1::uuid[])`,
  profile: `SELECT 'profile' AS type, u.id, NULL::uuid AS "postId", NULL::uuid AS "groupId", NULL AS "groupSlug", NULL AS "groupName",
      NULL AS visibility, false AS archived, NULL AS "viewerRole", u.id AS "authorId", u.id AS "writerId",
      coalesce(pm.state, 'published') AS state, u.bio_html AS content, (u.status <> 'active') AS deleted, u.created_at AS "createdAt",
      NULL AS "postState", NULL::uuid AS "postAuthorId", NULL AS "replyState", NULL::uuid AS "replyAuthorId"
    FROM users u LEFT JOIN profile_moderation pm ON pm.user_id = u.id WHERE u.id = ANY($1::uuid[]) AND $2::uuid IS NOT NULL`,
};

const TABLES: Record<Exclude<ReportTargetType, 'profile'>, string> = { post: 'posts', reply: 'replies', attachment: 'attachments' };

/** Reads and state changes of reportable things. */
@Injectable()
export class ModerationTargetsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(type: ReportTargetType, id: string, viewerId: string): Promise<TargetRow | null> {
    const [row] = await this.findMany(type, [id], viewerId);
    return row ?? null;
  }

  /** A reply's markdown and author, to work out whom it mentions when it is let out of a hold. */
  async replySource(replyId: string): Promise<{ body: string; authorId: string } | null> {
    const [row] = await this.dataSource.query<{ body: string; authorId: string }[]>(`SELECT body, author_id AS "authorId" FROM replies WHERE id = $1`, [replyId]);
    return row ?? null;
  }

  findMany(type: ReportTargetType, ids: string[], viewerId: string): Promise<TargetRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(SQL[type], [[...new Set(ids)], viewerId]);
  }

  async setState(manager: EntityManager, type: ReportTargetType, id: string, state: ModerationStateColumn): Promise<void> {
    if (type === 'profile') {
      await manager.query(
        `INSERT INTO profile_moderation (user_id, state, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (user_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
        [id, state],
      );
      return;
    }
    await manager.query(`UPDATE ${TABLES[type]} SET moderation_state = $2 WHERE id = $1`, [id, state]);
  }
}
