import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ModerationStateColumn } from '../authorization/authorization.service';
import { ReplyEntity } from '../posts/entities/reply.entity';
import { PostEntity } from '../posts/post.entity';
import { UserEntity } from '../users/user.entity';

export type AttachmentKind = 'image' | 'document';

/**
 * An uploaded file. Unclaimed (no post, no reply) it belongs to its uploader only and is
 * removed after a day; claimed, it is seen by whoever may see the post.
 */
@Entity({ name: 'attachments' })
@Check('CHK_attachments_moderation_state', `"moderation_state" IN ('published', 'held', 'hidden', 'removed')`)
@Check('CHK_attachments_kind', `"kind" IN ('image', 'document')`)
@Check('CHK_attachments_one_target', `"post_id" IS NULL OR "reply_id" IS NULL`)
@Index('IDX_attachments_post', ['postId'], { where: '"post_id" IS NOT NULL' })
@Index('IDX_attachments_reply', ['replyId'], { where: '"reply_id" IS NOT NULL' })
@Index('IDX_attachments_unclaimed', ['createdAt'], { where: '"post_id" IS NULL AND "reply_id" IS NULL' })
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'uploader_id', type: 'uuid' })
  uploaderId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uploader_id', foreignKeyConstraintName: 'FK_attachments_uploader' })
  uploader?: UserEntity;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_attachments_post' })
  post?: PostEntity | null;

  @Column({ name: 'reply_id', type: 'uuid', nullable: true })
  replyId!: string | null;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'FK_attachments_reply' })
  reply?: ReplyEntity | null;

  @Column({ type: 'varchar', length: 16 })
  kind!: AttachmentKind;

  /** Sanitised for display and Content-Disposition; never used as a storage path. */
  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  /** Decided from the bytes on upload, never from the client. */
  @Column({ name: 'content_type', type: 'varchar', length: 120 })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ name: 'alt_text', type: 'varchar', length: 300, nullable: true })
  altText!: string | null;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ name: 'thumbnail_key', type: 'varchar', length: 200, nullable: true })
  thumbnailKey!: string | null;

  /** Issue #8: a hidden or removed file is served to nobody (the post stays). */
  @Column({ name: 'moderation_state', type: 'varchar', length: 16, default: 'published' })
  moderationState!: ModerationStateColumn;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
