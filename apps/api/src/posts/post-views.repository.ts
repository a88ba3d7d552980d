import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ReactionKind } from '@moot/contracts';
import { ModerationVisibilitySql } from '../authorization/authorization.service';
import { PERSON_COLUMNS, PersonRow, POST_ROW_SQL, PostRow, UUID_PATTERN } from './post-row';

export interface CountRow {
  postId: string;
  count: number;
  mine: boolean;
}

export interface ReactionRow {
  targetId: string;
  kind: ReactionKind;
  count: number;
  mine: boolean;
}

export interface PollOptionRow {
  id: string;
  postId: string;
  label: string;
  votes: number;
  mine: boolean;
}

/** Batch reads behind post views: one query per facet for all the posts at once (no N+1). */
@Injectable()
export class PostViewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Posts by id with their group facts for the viewer; malformed ids are simply not found. */
  async rows(viewerId: string, ids: string[]): Promise<PostRow[]> {
    const valid = [...new Set(ids.filter((id) => UUID_PATTERN.test(id)))];
    if (valid.length === 0) return [];
    return this.dataSource.query(`${POST_ROW_SQL} WHERE p.id = ANY($2::uuid[])`, [viewerId, valid]);
  }

  people(ids: string[]): Promise<PersonRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(`SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
  }

  mentions(postIds: string[]): Promise<(PersonRow & { postId: string })[]> {
    return this.dataSource.query(
      `SELECT pm.post_id AS "postId", ${PERSON_COLUMNS} FROM post_mentions pm JOIN users u ON u.id = pm.user_id
       LEFT JOIN departments d ON d.id = u.department_id WHERE pm.post_id = ANY($1::uuid[]) ORDER BY u.display_name, u.id`,
      [postIds],
    );
  }

  async topics(postIds: string[]): Promise<Map<string, string[]>> {
    const rows: { postId: string; topics: string[] }[] = await this.dataSource.query(
      `SELECT post_id AS "postId", array_agg(topic ORDER BY topic) AS topics FROM post_topics WHERE post_id = ANY($1::uuid[]) GROUP BY post_id`,
      [postIds],
    );
    return new Map(rows.map((row) => [row.postId, row.topics]));
  }

  replyCounts(postIds: string[]): Promise<CountRow[]> {
    return this.dataSource.query(
      `SELECT r.post_id AS "postId", count(*)::int AS count, false AS mine FROM replies r
       WHERE r.post_id = ANY($1::uuid[]) AND r.deleted_at IS NULL AND ${ModerationVisibilitySql.published('r', null)} GROUP BY r.post_id`,
      [postIds],
    );
  }

  seenCounts(postIds: string[], viewerId: string): Promise<CountRow[]> {
    return this.countsIn('post_views', postIds, viewerId);
  }

  announcementReads(postIds: string[], viewerId: string): Promise<CountRow[]> {
    return this.countsIn('announcement_reads', postIds, viewerId);
  }

  postReactions(postIds: string[], viewerId: string): Promise<ReactionRow[]> {
    return this.dataSource.query(
      `SELECT post_id AS "targetId", kind, count(*)::int AS count, bool_or(user_id = $2) AS mine
       FROM post_reactions WHERE post_id = ANY($1::uuid[]) GROUP BY post_id, kind`,
      [postIds, viewerId],
    );
  }

  replyReactions(replyIds: string[], viewerId: string): Promise<ReactionRow[]> {
    if (replyIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT reply_id AS "targetId", kind, count(*)::int AS count, bool_or(user_id = $2) AS mine
       FROM reply_reactions WHERE reply_id = ANY($1::uuid[]) GROUP BY reply_id, kind`,
      [replyIds, viewerId],
    );
  }

  pollOptions(postIds: string[], viewerId: string): Promise<PollOptionRow[]> {
    if (postIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT o.id, o.post_id AS "postId", o.label, count(v.user_id)::int AS votes, coalesce(bool_or(v.user_id = $2), false) AS mine
       FROM poll_options o LEFT JOIN poll_votes v ON v.option_id = o.id
       WHERE o.post_id = ANY($1::uuid[]) GROUP BY o.id ORDER BY o.post_id, o.position`,
      [postIds, viewerId],
    );
  }

  pollVoters(postIds: string[], viewerId: string): Promise<CountRow[]> {
    if (postIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT post_id AS "postId", count(DISTINCT user_id)::int AS count, bool_or(user_id = $2) AS mine
       FROM poll_votes WHERE post_id = ANY($1::uuid[]) GROUP BY post_id`,
      [postIds, viewerId],
    );
  }

  private countsIn(table: 'post_views' | 'announcement_reads', postIds: string[], viewerId: string): Promise<CountRow[]> {
    if (postIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT post_id AS "postId", count(*)::int AS count, bool_or(user_id = $2) AS mine FROM ${table} WHERE post_id = ANY($1::uuid[]) GROUP BY post_id`,
      [postIds, viewerId],
    );
  }
}
