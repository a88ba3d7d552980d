import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PostType, Revision } from '@moot/contracts';
import type { GroupRole } from '../groups/group-membership.entity';
import type { GroupVisibility, PostingPermission } from '../groups/group.entity';
import type { PersonRow } from './post-row';
import { PERSON_COLUMNS } from './post-row';
import type { RenderedBody } from './post-body.service';

export interface NewPost {
  groupId: string | null;
  authorId: string;
  anonymous: boolean;
  type: PostType;
  body: string;
  rendered: RenderedBody;
  poll: { options: string[]; multipleChoice: boolean; closesAt: Date | null } | null;
  /** `held` when the watch-list or an election period holds it for a moderator (issue #8). */
  moderationState: 'published' | 'held';
  electionLabel: string | null;
}

export interface PostingGroupRow {
  id: string;
  visibility: GroupVisibility;
  archivedAt: Date | null;
  postingPermission: PostingPermission;
  membersCanInvite: boolean;
  allowAnonymousPosts: boolean;
  myRole: GroupRole | null;
  invited: boolean;
}

/** Millisecond precision, so feed cursors (ISO strings) round-trip exactly. */
const NOW_MS = `date_trunc('milliseconds', clock_timestamp())`;

/** Writes to posts and what hangs off them. Callers run these inside one transaction. */
@Injectable()
export class PostWriteRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(manager: EntityManager, post: NewPost): Promise<{ id: string; createdAt: Date }> {
    const [row] = await manager.query(
      `INSERT INTO posts (group_id, author_id, anonymous_author_id, type, body, body_html, pinned_at, poll_multiple_choice, poll_closes_at,
         moderation_state, election_label, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $9::boolean THEN ${NOW_MS} END, $7, $8, $10, $11, ${NOW_MS}, ${NOW_MS})
       RETURNING id, created_at AS "createdAt"`,
      [
        post.groupId,
        post.anonymous ? null : post.authorId,
        post.anonymous ? post.authorId : null,
        post.type,
        post.body,
        post.rendered.html,
        post.poll?.multipleChoice ?? null,
        post.poll?.closesAt ?? null,
        post.type === 'announcement',
        post.moderationState,
        post.electionLabel,
      ],
    );
    if (post.poll) {
      await manager.query(
        `INSERT INTO poll_options (post_id, position, label) SELECT $1, ordinality - 1, label FROM unnest($2::text[]) WITH ORDINALITY AS o(label, ordinality)`,
        [row.id, post.poll.options],
      );
    }
    await this.replaceTags(manager, row.id, post.rendered);
    return row;
  }

  async replaceTags(manager: EntityManager, postId: string, rendered: RenderedBody): Promise<void> {
    await manager.query(`DELETE FROM post_mentions WHERE post_id = $1`, [postId]);
    await manager.query(`DELETE FROM post_topics WHERE post_id = $1`, [postId]);
    await manager.query(`INSERT INTO post_mentions (post_id, user_id) SELECT $1, unnest($2::uuid[])`, [postId, rendered.userIds]);
    await manager.query(`INSERT INTO post_mentions (post_id, group_id) SELECT $1, unnest($2::uuid[])`, [postId, rendered.groupIds]);
    await manager.query(`INSERT INTO post_topics (post_id, topic) SELECT $1, unnest($2::text[])`, [postId, rendered.topics]);
  }

  /** Keeps the previous body as a revision, then stores the new one. */
  async edit(manager: EntityManager, postId: string, body: string, rendered: RenderedBody, hold = false): Promise<void> {
    await manager.query(`INSERT INTO post_revisions (post_id, body, edited_at) SELECT id, body, ${NOW_MS} FROM posts WHERE id = $1`, [postId]);
    await manager.query(
      `UPDATE posts SET body = $2, body_html = $3, edited_at = ${NOW_MS}, updated_at = now(),
         moderation_state = CASE WHEN $4::boolean AND moderation_state = 'published' THEN 'held' ELSE moderation_state END
       WHERE id = $1`,
      [postId, body, rendered.html, hold],
    );
    await this.replaceTags(manager, postId, rendered);
  }

  /** A tombstone: the row stays (replies still read), its tags go. Revisions stay for the record. */
  async softDelete(manager: EntityManager, postId: string): Promise<void> {
    await manager.query(`UPDATE posts SET deleted_at = now(), pinned_at = NULL, updated_at = now() WHERE id = $1 AND deleted_at IS NULL`, [postId]);
    await manager.query(`DELETE FROM post_mentions WHERE post_id = $1`, [postId]);
    await manager.query(`DELETE FROM post_topics WHERE post_id = $1`, [postId]);
  }

  async setPinned(postId: string, pinned: boolean): Promise<void> {
    await this.dataSource.query(`UPDATE posts SET pinned_at = ${pinned ? 'coalesce(pinned_at, now())' : 'NULL'}, updated_at = now() WHERE id = $1`, [postId]);
  }

  async setAcceptedReply(postId: string, replyId: string | null): Promise<void> {
    await this.dataSource.query(`UPDATE posts SET accepted_reply_id = $2, updated_at = now() WHERE id = $1`, [postId, replyId]);
  }

  async history(table: 'post_revisions' | 'reply_revisions', targetId: string): Promise<Revision[]> {
    const column = table === 'post_revisions' ? 'post_id' : 'reply_id';
    const rows: { body: string; editedAt: Date }[] = await this.dataSource.query(
      `SELECT body, edited_at AS "editedAt" FROM ${table} WHERE ${column} = $1 ORDER BY edited_at DESC, id`,
      [targetId],
    );
    return rows.map((row) => ({ body: row.body, editedAt: row.editedAt.toISOString() }));
  }

  /** A group as a would-be poster sees it (null when there is no such group). */
  async groupForPosting(groupId: string, viewerId: string): Promise<PostingGroupRow | null> {
    const rows: PostingGroupRow[] = await this.dataSource.query(
      `SELECT g.id, g.visibility, g.archived_at AS "archivedAt", g.posting_permission AS "postingPermission",
         g.members_can_invite AS "membersCanInvite", g.allow_anonymous_posts AS "allowAnonymousPosts",
         (SELECT m.role FROM group_memberships m WHERE m.group_id = g.id AND m.user_id = $1) AS "myRole",
         EXISTS (SELECT 1 FROM group_invitations i WHERE i.group_id = g.id AND i.user_id = $1) AS invited
       FROM groups g WHERE g.id = $2`,
      [viewerId, groupId],
    );
    return rows[0] ?? null;
  }

  /** The hidden author of an anonymous post: only for the audited admin reveal. */
  async anonymousAuthor(postId: string): Promise<PersonRow | null> {
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS} FROM posts p JOIN users u ON u.id = p.anonymous_author_id LEFT JOIN departments d ON d.id = u.department_id WHERE p.id = $1`,
      [postId],
    );
    return rows[0] ?? null;
  }
}
