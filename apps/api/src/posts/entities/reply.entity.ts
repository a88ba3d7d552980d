import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ModerationStateColumn } from '../../authorization/authorization.service';
import { UserEntity } from '../../users/user.entity';
import { PostEntity } from '../post.entity';

/** A reply to a post: one level only (replies have no replies), optionally quoting another reply. */
@Entity({ name: 'replies' })
@Check('CHK_replies_moderation_state', `"moderation_state" IN ('published', 'held', 'hidden', 'removed')`)
@Index('IDX_replies_post_created', ['postId', 'createdAt', 'id'])
export class ReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_replies_post' })
  post?: PostEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_replies_author' })
  author?: UserEntity;

  @Column({ name: 'quote_reply_id', type: 'uuid', nullable: true })
  quoteReplyId!: string | null;

  @ManyToOne(() => ReplyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'quote_reply_id', foreignKeyConstraintName: 'FK_replies_quote' })
  quoteReply?: ReplyEntity | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'body_html', type: 'text', default: '' })
  bodyHtml!: string;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Issue #8: anything but `published` is seen by its author and its moderators only. */
  @Column({ name: 'moderation_state', type: 'varchar', length: 16, default: 'published' })
  moderationState!: ModerationStateColumn;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
