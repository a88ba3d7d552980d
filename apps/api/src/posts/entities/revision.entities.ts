import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PostEntity } from '../post.entity';
import { ReplyEntity } from './reply.entity';

/** A post's body before an edit: the visible history. `edited_at` is when it was replaced. */
@Entity({ name: 'post_revisions' })
@Index('IDX_post_revisions_post', ['postId', 'editedAt'])
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_post_revisions_post' })
  post?: PostEntity;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'edited_at', type: 'timestamptz' })
  editedAt!: Date;
}

/** A reply's body before an edit. */
@Entity({ name: 'reply_revisions' })
@Index('IDX_reply_revisions_reply', ['replyId', 'editedAt'])
export class ReplyRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'reply_id', type: 'uuid' })
  replyId!: string;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'FK_reply_revisions_reply' })
  reply?: ReplyEntity;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'edited_at', type: 'timestamptz' })
  editedAt!: Date;
}
