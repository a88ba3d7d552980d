import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GroupVisibility } from '../groups/group.entity';
import { GroupVisibilitySql, ModerationVisibilitySql } from '../authorization/authorization.service';

/** A place in a feed's order, `(created_at, id)` descending. */
export interface FeedKey {
  createdAt: Date;
  id: string;
}

/** Older than `before` (or from the top when absent), or catch-up: the oldest ones newer than `after`. */
export type FeedWindow = { direction: 'older'; before: FeedKey | null; limit: number } | { direction: 'newer'; after: FeedKey; limit: number };

export interface FeedGroupFacts {
  visibility: GroupVisibility;
  viewerRole: 'owner' | 'manager' | 'member' | null;
}

/** Most pinned posts shown above a first page (groups pin a handful; the rest stay out of the stream too). */
export const PINNED_MAX = 50;

interface KeyRow {
  id: string;
  created_at: Date;
}

/**
 * Which posts a feed holds, as keys in feed order: every query is a keyset scan on
 * `(created_at, id)` (no OFFSET) that excludes deleted posts. Mapping ids to views is the
 * posts module's job. Visibility is applied in SQL through {@link GroupVisibilitySql}.
 */
@Injectable()
export class FeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Home: posts in my groups, profile posts of people I follow and my own profile posts. One
   * LATERAL top-N per source (each an index scan on posts (group_id|author_id, created_at, id)),
   * merged and cut to the limit. Pinned posts of my groups are left to {@link homePinned}.
   */
  async home(viewerId: string, window: FeedWindow): Promise<FeedKey[]> {
    const { params, keyset, order } = windowSql(window, [viewerId]);
    const pinned = window.direction === 'older' ? 'AND p.pinned_at IS NULL' : '';
    const sql = `
      SELECT f.id, f.created_at FROM (
        SELECT gp.id, gp.created_at
        FROM group_memberships m
        CROSS JOIN LATERAL (
          SELECT p.id, p.created_at FROM posts p
          WHERE p.group_id = m.group_id AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', '$1')} ${pinned} ${keyset}
          ORDER BY p.created_at ${order}, p.id ${order} LIMIT $2
        ) gp
        WHERE m.user_id = $1
        UNION ALL
        SELECT ap.id, ap.created_at
        FROM (SELECT f.followee_id AS author_id FROM follows f WHERE f.follower_id = $1 UNION SELECT $1::uuid) a
        CROSS JOIN LATERAL (
          SELECT p.id, p.created_at FROM posts p
          WHERE p.author_id = a.author_id AND p.group_id IS NULL AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', '$1')} ${keyset}
          ORDER BY p.created_at ${order}, p.id ${order} LIMIT $2
        ) ap
      ) f
      ORDER BY f.created_at ${order}, f.id ${order} LIMIT $2`;
    return this.keys(sql, params, window);
  }

  /** Pinned posts of the groups I belong to, most recently pinned first. */
  async homePinned(viewerId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM group_memberships m
       JOIN posts p ON p.group_id = m.group_id AND p.pinned_at IS NOT NULL AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', '$1')}
       WHERE m.user_id = $1 ORDER BY p.pinned_at DESC, p.id DESC LIMIT ${PINNED_MAX}`,
      [viewerId],
    );
    return rows.map((row) => row.id);
  }

  /** One group's posts; the caller has already checked the viewer may see its content. */
  async group(groupId: string, window: FeedWindow, viewerId: string): Promise<FeedKey[]> {
    const { params, keyset, order } = windowSql(window, [groupId]);
    const pinned = window.direction === 'older' ? 'AND p.pinned_at IS NULL' : '';
    params.push(viewerId);
    const sql = `
      SELECT p.id, p.created_at FROM posts p
      WHERE p.group_id = $1 AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', `$${params.length}`)} ${pinned} ${keyset}
      ORDER BY p.created_at ${order}, p.id ${order} LIMIT $2`;
    return this.keys(sql, params, window);
  }

  async groupPinned(groupId: string, viewerId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM posts p WHERE p.group_id = $1 AND p.pinned_at IS NOT NULL AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', '$2')}
       ORDER BY p.pinned_at DESC, p.id DESC LIMIT ${PINNED_MAX}`,
      [groupId, viewerId],
    );
    return rows.map((row) => row.id);
  }

  /** A person's posts the viewer may see. Anonymous posts have no author_id, so never appear. */
  async person(viewerId: string, authorId: string, window: FeedWindow): Promise<FeedKey[]> {
    const { params, keyset, order } = windowSql(window, [viewerId, authorId]);
    const sql = `
      SELECT p.id, p.created_at FROM posts p
      LEFT JOIN groups g ON g.id = p.group_id
      WHERE p.author_id = $3 AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', '$1')} ${keyset}
        AND (p.group_id IS NULL OR ${GroupVisibilitySql.canSeeGroupContent('g', '$1')})
      ORDER BY p.created_at ${order}, p.id ${order} LIMIT $2`;
    return this.keys(sql, params, window);
  }

  /** Posts with a #topic that the viewer may see. */
  async topic(viewerId: string, topic: string, window: FeedWindow): Promise<FeedKey[]> {
    const { params, keyset, order } = windowSql(window, [viewerId, topic]);
    const sql = `
      SELECT p.id, p.created_at FROM post_topics t
      JOIN posts p ON p.id = t.post_id
      LEFT JOIN groups g ON g.id = p.group_id
      WHERE t.topic = $3 AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', '$1')} ${keyset}
        AND (p.group_id IS NULL OR ${GroupVisibilitySql.canSeeGroupContent('g', '$1')})
      ORDER BY p.created_at ${order}, p.id ${order} LIMIT $2`;
    return this.keys(sql, params, window);
  }

  /** A group's visibility and the viewer's role in it, or null when there is no such group. */
  async groupFacts(groupId: string, viewerId: string): Promise<FeedGroupFacts | null> {
    const rows: { visibility: GroupVisibility; role: FeedGroupFacts['viewerRole'] }[] = await this.dataSource.query(
      `SELECT g.visibility, m.role FROM groups g
       LEFT JOIN group_memberships m ON m.group_id = g.id AND m.user_id = $2
       WHERE g.id = $1`,
      [groupId, viewerId],
    );
    return rows[0] ? { visibility: rows[0].visibility, viewerRole: rows[0].role ?? null } : null;
  }

  async personExists(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
    return rows.length > 0;
  }

  private async keys(sql: string, params: unknown[], window: FeedWindow): Promise<FeedKey[]> {
    const rows: KeyRow[] = await this.dataSource.query(sql, params);
    const keys = rows.map((row) => ({ id: row.id, createdAt: new Date(row.created_at) }));
    // Catch-up scans forwards (oldest newer first) so no post is skipped; feeds read newest first.
    return window.direction === 'newer' ? keys.reverse() : keys;
  }
}

/**
 * The keyset condition for a window: `$2` is always the limit, the window's key follows the
 * caller's parameters. Row comparison `(created_at, id) < (..)` is an index condition.
 */
function windowSql(window: FeedWindow, leading: unknown[]): { params: unknown[]; keyset: string; order: 'ASC' | 'DESC' } {
  const [first, ...rest] = leading;
  const params = [first, window.limit, ...rest];
  const key = window.direction === 'older' ? window.before : window.after;
  if (!key) return { params, keyset: '', order: 'DESC' };
  const at = params.push(key.createdAt.toISOString());
  const id = params.push(key.id);
  const comparison = window.direction === 'older' ? '<' : '>';
  return {
    params,
    keyset: `AND (p.created_at, p.id) ${comparison} ($${at}::timestamptz, $${id}::uuid)`,
    order: window.direction === 'older' ? 'DESC' : 'ASC',
  };
}
