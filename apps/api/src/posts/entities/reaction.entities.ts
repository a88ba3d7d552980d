import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { PostEntity } from '../post.entity';
import { ReplyEntity } from './reply.entity';

const KIND_CHECK = `"kind" IN ('like', 'thanks', 'insightful', 'support')`;

/** A reaction to a post; the primary key makes reacting twice with one kind a no-op. */
@Entity({ name: 'post_reactions' })
@Check('CHK_post_reactions_kind', KIND_CHECK)
@Index('IDX_post_reactions_user', ['userId'])
export class PostReactionEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_post_reactions_post' })
  post?: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_post_reactions_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A reaction to a reply. */
@Entity({ name: 'reply_reactions' })
@Check('CHK_reply_reactions_kind', KIND_CHECK)
@Index('IDX_reply_reactions_user', ['userId'])
export class ReplyReactionEntity {
  @PrimaryColumn({ name: 'reply_id', type: 'uuid' })
  replyId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: string;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'FK_reply_reactions_reply' })
  reply?: ReplyEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_reply_reactions_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
