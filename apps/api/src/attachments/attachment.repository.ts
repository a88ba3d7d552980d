import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { GroupVisibility } from '../groups/group.entity';
import { ModerationVisibilitySql } from '../authorization/authorization.service';
import { returningRows } from '../database/returning-rows';
import { AttachmentEntity } from './attachment.entity';

/** An attachment with what deciding access needs: the post it belongs to (directly or via a reply). */
export interface AttachmentAccessRow {
  attachment: AttachmentEntity;
  /** Null when unclaimed. */
  post: { deleted: boolean; groupId: string | null; visibility: GroupVisibility | null; viewerRole: 'owner' | 'manager' | 'member' | null } | null;
  replyDeleted: boolean;
  /** Issue #8: the post (and reply) it hangs off is published, or the viewer wrote it. */
  parentVisible: boolean;
}

export type ClaimTarget = { postId: string } | { replyId: string };

@Injectable()
export class AttachmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(AttachmentEntity);
  }

  insert(attachment: Omit<AttachmentEntity, 'createdAt' | 'moderationState'>): Promise<AttachmentEntity> {
    return this.repository.save(this.repository.create(attachment));
  }

  async findWithAccess(id: string, viewerId: string): Promise<AttachmentAccessRow | null> {
    const attachment = await this.repository.findOneBy({ id });
    if (!attachment) return null;
    if (!attachment.postId && !attachment.replyId) return { attachment, post: null, replyDeleted: false, parentVisible: true };
    const rows: {
      deleted_at: Date | null;
      reply_deleted_at: Date | null;
      group_id: string | null;
      visibility: GroupVisibility | null;
      role: 'owner' | 'manager' | 'member' | null;
      parent_visible: boolean;
    }[] = await this.dataSource.query(
        `SELECT p.deleted_at, r.deleted_at AS reply_deleted_at, p.group_id, g.visibility, m.role,
           (${ModerationVisibilitySql.published('p', '$2')} AND (r.id IS NULL OR ${ModerationVisibilitySql.published('r', '$2')})) AS parent_visible
         FROM attachments a
         LEFT JOIN replies r ON r.id = a.reply_id
         JOIN posts p ON p.id = COALESCE(a.post_id, r.post_id)
         LEFT JOIN groups g ON g.id = p.group_id
         LEFT JOIN group_memberships m ON m.group_id = p.group_id AND m.user_id = $2
         WHERE a.id = $1`,
        [id, viewerId],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      attachment,
      post: { deleted: row.deleted_at !== null, groupId: row.group_id, visibility: row.visibility, viewerRole: row.role ?? null },
      replyDeleted: row.reply_deleted_at !== null,
      parentVisible: row.parent_visible,
    };
  }

  /** Attaches all of `ids` to the target, or none: returns how many were the uploader's unclaimed files. */
  async claim(manager: EntityManager, uploaderId: string, ids: string[], target: ClaimTarget): Promise<number> {
    const [column, targetId] = 'postId' in target ? ['post_id', target.postId] : ['reply_id', target.replyId];
    const result = await manager.query(
      `UPDATE attachments SET ${column} = $1
       WHERE id = ANY($2::uuid[]) AND uploader_id = $3 AND post_id IS NULL AND reply_id IS NULL
       RETURNING id`,
      [targetId, ids, uploaderId],
    );
    return returningRows(result).length;
  }

  /** Claimed attachments of these posts, oldest first per post. */
  findByPosts(postIds: string[]): Promise<AttachmentEntity[]> {
    return this.repository
      .createQueryBuilder('a')
      .where('a.post_id = ANY(:postIds::uuid[])', { postIds })
      // A file taken down by a moderator is listed (and served) to nobody; its post stays.
      .andWhere(ModerationVisibilitySql.published('a', null))
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** Removes unclaimed uploads older than `before`; returns their ids (for their files). */
  async deleteUnclaimedBefore(before: Date): Promise<string[]> {
    const result = await this.dataSource.query(
      `DELETE FROM attachments WHERE post_id IS NULL AND reply_id IS NULL AND created_at < $1 RETURNING id`,
      [before],
    );
    return returningRows<{ id: string }>(result).map((row) => row.id);
  }
}
