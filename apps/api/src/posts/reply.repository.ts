import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ModerationVisibilitySql, type ModerationStateColumn } from '../authorization/authorization.service';
import { PERSON_COLUMNS, type PersonRow } from './post-row';

export interface ReplyRow {
  id: string;
  postId: string;
  authorId: string;
  body: string;
  bodyHtml: string;
  quoteReplyId: string | null;
  editedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  moderationState: ModerationStateColumn;
  quoteAuthorName: string | null;
  quoteBody: string | null;
  quoteDeleted: boolean | null;
}

const REPLY_SQL = `
  SELECT r.id, r.post_id AS "postId", r.author_id AS "authorId", r.body, r.body_html AS "bodyHtml",
    r.quote_reply_id AS "quoteReplyId", r.edited_at AS "editedAt", r.deleted_at AS "deletedAt", r.created_at AS "createdAt",
    r.moderation_state AS "moderationState",
    qu.display_name AS "quoteAuthorName", q.body AS "quoteBody",
    -- A quoted reply taken down by a moderator reads like a deleted one.
    (q.deleted_at IS NOT NULL OR q.moderation_state <> 'published') AS "quoteDeleted"
  FROM replies r LEFT JOIN replies q ON q.id = r.quote_reply_id LEFT JOIN users qu ON qu.id = q.author_id`;

const NOW_MS = `date_trunc('milliseconds', clock_timestamp())`;

/** Replies: one level under a post, oldest first by (created_at, id). */
@Injectable()
export class ReplyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(replyId: string): Promise<ReplyRow | null> {
    const rows: ReplyRow[] = await this.dataSource.query(`${REPLY_SQL} WHERE r.id = $1`, [replyId]);
    return rows[0] ?? null;
  }

  /** Up to `limit` replies the viewer may see after the keyset position (exclusive). */
  page(postId: string, after: { createdAt: Date; id: string } | null, limit: number, viewerId: string): Promise<ReplyRow[]> {
    return this.dataSource.query(
      `${REPLY_SQL} WHERE r.post_id = $1 AND ($2::timestamptz IS NULL OR (r.created_at, r.id) > ($2::timestamptz, $3::uuid))
         AND ${ModerationVisibilitySql.published('r', '$5')}
       ORDER BY r.created_at, r.id LIMIT $4`,
      [postId, after?.createdAt ?? null, after?.id ?? null, limit, viewerId],
    );
  }

  authors(ids: string[]): Promise<PersonRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(`SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(
    manager: EntityManager,
    reply: { postId: string; authorId: string; body: string; bodyHtml: string; quoteReplyId: string | null; moderationState: 'published' | 'held' },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO replies (post_id, author_id, body, body_html, quote_reply_id, moderation_state, created_at) VALUES ($1, $2, $3, $4, $5, $6, ${NOW_MS}) RETURNING id`,
      [reply.postId, reply.authorId, reply.body, reply.bodyHtml, reply.quoteReplyId, reply.moderationState],
    );
    return row.id;
  }

  /** Keeps the previous body as a revision; `hold` takes a published reply out of view for a moderator. */
  async edit(manager: EntityManager, replyId: string, body: string, bodyHtml: string, hold = false): Promise<void> {
    await manager.query(`INSERT INTO reply_revisions (reply_id, body, edited_at) SELECT id, body, ${NOW_MS} FROM replies WHERE id = $1`, [replyId]);
    await manager.query(
      `UPDATE replies SET body = $2, body_html = $3, edited_at = ${NOW_MS},
         moderation_state = CASE WHEN $4::boolean AND moderation_state = 'published' THEN 'held' ELSE moderation_state END
       WHERE id = $1`,
      [replyId, body, bodyHtml, hold],
    );
  }

  async softDelete(replyId: string): Promise<void> {
    await this.dataSource.query(`UPDATE replies SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL`, [replyId]);
  }
}
