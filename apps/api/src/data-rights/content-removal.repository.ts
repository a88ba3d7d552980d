import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FileStorage } from '../storage/file-storage';
import { returningRows } from '../database/returning-rows';

export interface RemovedContent {
  posts: number;
  replies: number;
  /** Attachment ids whose files must be deleted once the transaction has committed. */
  attachmentIds: string[];
}

export const NOTHING_REMOVED: RemovedContent = { posts: 0, replies: 0, attachmentIds: [] };

/**
 * Hard deletion of posts and replies, shared by erasure and retention. Unlike a member's delete
 * (a tombstone, see PostWriteRepository.softDelete), nothing stays: the row goes and every row
 * hanging off it goes by ON DELETE CASCADE (replies, reactions, revisions, poll options and
 * votes, mentions, topics, views, reads, attachment rows). Notifications point at posts without
 * a foreign key, so they are deleted here.
 */
@Injectable()
export class ContentRemovalRepository {
  private readonly logger = new Logger(ContentRemovalRepository.name);

  constructor(private readonly storage: FileStorage) {}

  async removePosts(manager: EntityManager, postIds: string[]): Promise<RemovedContent> {
    if (postIds.length === 0) return NOTHING_REMOVED;
    const replies: { id: string }[] = await manager.query(`SELECT id FROM replies WHERE post_id = ANY($1::uuid[])`, [postIds]);
    const replyIds = replies.map((row) => row.id);
    const attachments: { id: string }[] = await manager.query(
      `SELECT id FROM attachments WHERE post_id = ANY($1::uuid[]) OR reply_id = ANY($2::uuid[])`,
      [postIds, replyIds],
    );
    await this.removeNotifications(manager, postIds, replyIds);
    const deleted = returningRows<{ id: string }>(await manager.query(`DELETE FROM posts WHERE id = ANY($1::uuid[]) RETURNING id`, [postIds]));
    return { posts: deleted.length, replies: replyIds.length, attachmentIds: attachments.map((row) => row.id) };
  }

  async removeReplies(manager: EntityManager, replyIds: string[]): Promise<RemovedContent> {
    if (replyIds.length === 0) return NOTHING_REMOVED;
    const attachments: { id: string }[] = await manager.query(`SELECT id FROM attachments WHERE reply_id = ANY($1::uuid[])`, [replyIds]);
    // accepted_reply_id has no foreign key: a question must not point at a reply that is gone.
    await manager.query(`UPDATE posts SET accepted_reply_id = NULL, updated_at = now() WHERE accepted_reply_id = ANY($1::uuid[])`, [replyIds]);
    await this.removeNotifications(manager, [], replyIds);
    const deleted = returningRows<{ id: string }>(await manager.query(`DELETE FROM replies WHERE id = ANY($1::uuid[]) RETURNING id`, [replyIds]));
    return { posts: 0, replies: deleted.length, attachmentIds: attachments.map((row) => row.id) };
  }

  /** Deletes stored files after the rows are gone; a failure is logged, never undoes the deletion. */
  async deleteFiles(attachmentIds: string[]): Promise<number> {
    let deleted = 0;
    for (const id of attachmentIds) {
      try {
        await this.storage.deletePrefix(`attachments/${id}/`);
        deleted += 1;
      } catch (error) {
        this.logger.warn(`files of attachment ${id} could not be deleted: ${(error as Error).message}`);
      }
    }
    return deleted;
  }

  private async removeNotifications(manager: EntityManager, postIds: string[], replyIds: string[]): Promise<void> {
    await manager.query(
      `DELETE FROM notifications WHERE (target_type = 'post' AND target_id = ANY($1::uuid[])) OR (target_type = 'reply' AND target_id = ANY($2::uuid[]))`,
      [postIds, replyIds],
    );
  }
}
