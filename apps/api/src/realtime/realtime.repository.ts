import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GroupVisibilitySql, ModerationVisibilitySql } from '../authorization/authorization.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** The queries behind socket room decisions and event fan-out. */
@Injectable()
export class RealtimeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person's current role, or null when they no longer exist or are not active. */
  async activeRole(userId: string): Promise<'admin' | 'member' | null> {
    const rows: { role: 'admin' | 'member' }[] = await this.dataSource.query(`SELECT role FROM users WHERE id = $1 AND status = 'active'`, [userId]);
    return rows[0]?.role ?? null;
  }

  /**
   * The post's group (null for a profile post) when the post exists and is visible to the viewer:
   * profile posts to all staff, group posts under the group-content rule of {@link GroupVisibilitySql}.
   */
  async visiblePost(postId: string, viewerId: string): Promise<{ groupId: string | null } | null> {
    if (!isUuid(postId)) return null;
    const rows: { groupId: string | null }[] = await this.dataSource.query(
      `SELECT p.group_id AS "groupId" FROM posts p LEFT JOIN groups g ON g.id = p.group_id
        WHERE p.id = $2 AND ${ModerationVisibilitySql.published('p', '$1')} AND (p.group_id IS NULL OR ${GroupVisibilitySql.canSeeGroupContent('g', '$1')})`,
      [viewerId, postId],
    );
    return rows[0] ?? null;
  }

  /** The named author of a post; null when it is gone or anonymous (whose author must never be inferable). */
  async authorOf(postId: string): Promise<string | null> {
    const rows: { authorId: string }[] = await this.dataSource.query(`SELECT author_id AS "authorId" FROM posts WHERE id = $1`, [postId]);
    return rows[0]?.authorId ?? null;
  }

  /** Ids of the people who follow someone. */
  /**
   * Topics of a post that anyone signed in may read (a profile post or an open group's post);
   * empty for closed and secret group posts, so their ids never reach a topic room.
   */
  async publicTopicsOf(postId: string): Promise<string[]> {
    const rows: { topic: string }[] = await this.dataSource.query(
      `SELECT t.topic FROM post_topics t JOIN posts p ON p.id = t.post_id
       LEFT JOIN groups g ON g.id = p.group_id
       WHERE t.post_id = $1 AND ${ModerationVisibilitySql.published('p', null)} AND (p.group_id IS NULL OR g.visibility = 'open')`,
      [postId],
    );
    return rows.map((row) => row.topic);
  }

  async followersOf(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT follower_id AS id FROM follows WHERE followee_id = $1`, [userId]);
    return rows.map((row) => row.id);
  }
}
