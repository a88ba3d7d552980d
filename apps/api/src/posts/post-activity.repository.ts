import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ReactionKind } from '@moot/contracts';

/** Per-person activity on posts: seen, announcement reads, reactions and poll votes. */
@Injectable()
export class PostActivityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async markSeen(postId: string, userId: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO post_views (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [postId, userId]);
  }

  async markRead(postId: string, userId: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO announcement_reads (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [postId, userId]);
  }

  async react(target: 'post' | 'reply', targetId: string, userId: string, kind: ReactionKind, on: boolean): Promise<void> {
    const [table, column] = target === 'post' ? ['post_reactions', 'post_id'] : ['reply_reactions', 'reply_id'];
    if (on) {
      await this.dataSource.query(`INSERT INTO ${table} (${column}, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [targetId, userId, kind]);
    } else {
      await this.dataSource.query(`DELETE FROM ${table} WHERE ${column} = $1 AND user_id = $2 AND kind = $3`, [targetId, userId, kind]);
    }
  }

  /** Option ids of this poll among `optionIds`. */
  async pollOptionIds(postId: string, optionIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM poll_options WHERE post_id = $1 AND id = ANY($2::uuid[])`, [postId, optionIds]);
    return rows.map((row) => row.id);
  }

  /** Replaces the person's vote on a poll, atomically. */
  async replaceVote(postId: string, userId: string, optionIds: string[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM poll_votes WHERE post_id = $1 AND user_id = $2`, [postId, userId]);
      await manager.query(`INSERT INTO poll_votes (option_id, user_id, post_id) SELECT unnest($3::uuid[]), $2, $1`, [postId, userId, optionIds]);
    });
  }
}
