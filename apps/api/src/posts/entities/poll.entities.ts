import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { PostEntity } from '../post.entity';

/** One choice of a poll post, in the order the author gave. */
@Entity({ name: 'poll_options' })
@Index('UQ_poll_options_position', ['postId', 'position'], { unique: true })
export class PollOptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_poll_options_post' })
  post?: PostEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 120 })
  label!: string;
}

/** One person's vote for one option (several rows on a multiple-choice poll). */
@Entity({ name: 'poll_votes' })
@Index('IDX_poll_votes_post_user', ['postId', 'userId'])
export class PollVoteEntity {
  @PrimaryColumn({ name: 'option_id', type: 'uuid' })
  optionId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PollOptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'option_id', foreignKeyConstraintName: 'FK_poll_votes_option' })
  option?: PollOptionEntity;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_poll_votes_post' })
  post?: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_poll_votes_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'voted_at', type: 'timestamptz' })
  votedAt!: Date;
}
