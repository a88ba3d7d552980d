import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ModerationStateColumn } from '../authorization/authorization.service';
import { GroupEntity } from '../groups/group.entity';
import { UserEntity } from '../users/user.entity';

export type PostTypeColumn = 'discussion' | 'question' | 'poll' | 'announcement';

/**
 * A post in a group or on its author's profile. Indexes on (group_id, created_at, id) and
 * (author_id, created_at, id) serve the newest-first keyset feeds by backward scan.
 */
@Entity({ name: 'posts' })
@Index('IDX_posts_group_created', ['groupId', 'createdAt', 'id'])
@Index('IDX_posts_author_created', ['authorId', 'createdAt', 'id'])
@Check('CHK_posts_type', `"type" IN ('discussion', 'question', 'poll', 'announcement')`)
@Check('CHK_posts_moderation_state', `"moderation_state" IN ('published', 'held', 'hidden', 'removed')`)
@Check('CHK_posts_one_author', `("author_id" IS NULL) <> ("anonymous_author_id" IS NULL)`)
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for a post on the author's own profile. */
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_posts_group' })
  group?: GroupEntity | null;

  /** Null for an anonymous post: its author is kept apart, in anonymous_author_id. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_posts_author' })
  author?: UserEntity | null;

  /** Who wrote an anonymous post: never read by any view, only by the audited admin reveal. */
  @Column({ name: 'anonymous_author_id', type: 'uuid', nullable: true })
  anonymousAuthorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'anonymous_author_id', foreignKeyConstraintName: 'FK_posts_anonymous_author' })
  anonymousAuthor?: UserEntity | null;

  @Column({ type: 'varchar', length: 16, default: 'discussion' })
  type!: PostTypeColumn;

  /** Markdown source exactly as written; rendering and sanitising happen on the server. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'body_html', type: 'text', default: '' })
  bodyHtml!: string;

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt!: Date | null;

  /** Question posts: the reply marked as the answer (a reply of this post). */
  @Column({ name: 'accepted_reply_id', type: 'uuid', nullable: true })
  acceptedReplyId!: string | null;

  @Column({ name: 'poll_multiple_choice', type: 'boolean', nullable: true })
  pollMultipleChoice!: boolean | null;

  @Column({ name: 'poll_closes_at', type: 'timestamptz', nullable: true })
  pollClosesAt!: Date | null;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Issue #8: anything but `published` is seen by its named author and its moderators only. */
  @Column({ name: 'moderation_state', type: 'varchar', length: 16, default: 'published' })
  moderationState!: ModerationStateColumn;

  /** The label of the election period the post was made in, kept even if the period is later deleted. */
  @Column({ name: 'election_label', type: 'varchar', length: 120, nullable: true })
  electionLabel!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
