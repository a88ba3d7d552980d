import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ErasureCandidate } from '@moot/contracts';
import { likeContains } from '../../common/sql-like';
import { returningRows } from '../../database/returning-rows';

export interface ErasureSubject {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  avatarKey: string | null;
  erasedAt: Date | null;
}

export interface ErasureCounts {
  posts: number;
  replies: number;
  files: number;
  groups: number;
}

/** What an erased person's row becomes: a former colleague with nothing personal left. */
export const ERASED_DISPLAY_NAME = 'Former colleague';

/** `.invalid` is reserved (RFC 2606): mail to it can never be delivered, and it stays unique per person. */
export const erasedEmailOf = (userId: string): string => `erased-${userId}@erased.invalid`;

/** Tables of a person's own data that go entirely, keyed by their id. */
const PERSONAL_ROWS: { table: string; column: string }[] = [
  { table: 'user_skills', column: 'user_id' },
  { table: 'skill_endorsements', column: 'endorser_id' },
  { table: 'learning_goals', column: 'user_id' },
  { table: 'follows', column: 'follower_id' },
  { table: 'follows', column: 'followee_id' },
  // Identities and login links: SSO and the CLI can never sign into or re-link this row again.
  { table: 'user_identities', column: 'user_id' },
  { table: 'login_links', column: 'user_id' },
  { table: 'notifications', column: 'user_id' },
  { table: 'notification_preferences', column: 'user_id' },
  { table: 'notification_group_preferences', column: 'user_id' },
  { table: 'notification_settings', column: 'user_id' },
  { table: 'group_memberships', column: 'user_id' },
  { table: 'group_join_requests', column: 'user_id' },
  { table: 'group_invitations', column: 'user_id' },
  { table: 'scim_group_members', column: 'user_id' },
  { table: 'post_views', column: 'user_id' },
  { table: 'announcement_reads', column: 'user_id' },
];

/** Queries of erasure. The caller holds the transaction. */
@Injectable()
export class ErasureRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async find(userId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ErasureSubject | null> {
    const rows: ErasureSubject[] = await manager.query(
      `SELECT id, email, display_name AS "displayName", job_title AS "jobTitle", avatar_key AS "avatarKey", erased_at AS "erasedAt"
       FROM users WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** Up to 20 people whose name or email contains `q`, deactivated ones included, erased ones not. */
  search(q: string): Promise<ErasureCandidate[]> {
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName", email, job_title AS "jobTitle", status <> 'active' AS deactivated
       FROM users
       WHERE erased_at IS NULL AND (lower(display_name) LIKE $1 ESCAPE '\\' OR email LIKE $1 ESCAPE '\\')
       ORDER BY lower(display_name), id
       LIMIT 20`,
      [likeContains(q.toLowerCase())],
    );
  }

  async counts(userId: string): Promise<ErasureCounts> {
    const rows: { posts: string; replies: string; files: string; groups: string }[] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM posts WHERE author_id = $1 OR anonymous_author_id = $1) AS posts,
         (SELECT count(*) FROM replies WHERE author_id = $1) AS replies,
         (SELECT count(*) FROM attachments WHERE uploader_id = $1) AS files,
         (SELECT count(*) FROM group_memberships WHERE user_id = $1) AS groups`,
      [userId],
    );
    const row = rows[0];
    return { posts: Number(row.posts), replies: Number(row.replies), files: Number(row.files), groups: Number(row.groups) };
  }

  /** Their posts, anonymous ones included: an anonymous post is still theirs to have removed. */
  async postIdsOf(manager: EntityManager, userId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM posts WHERE author_id = $1 OR anonymous_author_id = $1`, [userId]);
    return rows.map((row) => row.id);
  }

  async replyIdsOf(manager: EntityManager, userId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM replies WHERE author_id = $1`, [userId]);
    return rows.map((row) => row.id);
  }

  /** Reactions and poll votes, removed with their content (with `keep`, counts others see stay right). */
  async removeReactionsAndVotes(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM post_reactions WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM reply_reactions WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM poll_votes WHERE user_id = $1`, [userId]);
  }

  /** Cases about content that is being removed hold excerpts of it: they go with it. */
  async removeModerationCasesAbout(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM moderation_cases WHERE author_id = $1`, [userId]);
  }

  /** Uploads never attached to anything: nobody else sees them, so they always go. */
  async removeUnclaimedUploads(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = returningRows<{ id: string }>(
      await manager.query(`DELETE FROM attachments WHERE uploader_id = $1 AND post_id IS NULL AND reply_id IS NULL RETURNING id`, [userId]),
    );
    return rows.map((row) => row.id);
  }

  /** Deletes every row of personal data and blanks the profile. The row stays so content can point at it. */
  async scrub(manager: EntityManager, userId: string): Promise<void> {
    for (const { table, column } of PERSONAL_ROWS) await manager.query(`DELETE FROM ${table} WHERE ${column} = $1`, [userId]);
    await manager.query(`DELETE FROM house_rules_acceptances WHERE user_id = $1`, [userId]);
    // Moderation of their profile keeps a snapshot of their bio: it goes with the profile.
    await manager.query(`DELETE FROM moderation_cases WHERE target_type = 'profile' AND target_id = $1`, [userId]);
    await manager.query(`DELETE FROM profile_moderation WHERE user_id = $1`, [userId]);
    await manager.query(`UPDATE users SET manager_id = NULL, updated_at = now() WHERE manager_id = $1`, [userId]);
    await manager.query(
      `UPDATE users SET
         email = $2, display_name = $3, given_name = NULL, family_name = NULL, job_title = NULL, department_id = NULL,
         role = 'member', status = 'deactivated', deactivated_at = coalesce(deactivated_at, now()), erased_at = now(),
         pronouns = NULL, location = NULL, working_pattern = NULL, phone = NULL, bio = '', bio_html = '', manager_id = NULL,
         ask_me_about = '{}', interests = '{}', contact_preference = '{"note": null, "method": "moot"}', hidden_fields = '{}',
         avatar_key = NULL, external_id = NULL, last_sign_in_at = NULL, updated_at = now()
       WHERE id = $1`,
      [userId, erasedEmailOf(userId), ERASED_DISPLAY_NAME],
    );
  }

  async erasedAt(userId: string): Promise<Date> {
    const rows: { erasedAt: Date }[] = await this.dataSource.query(`SELECT erased_at AS "erasedAt" FROM users WHERE id = $1`, [userId]);
    return rows[0].erasedAt;
  }
}
