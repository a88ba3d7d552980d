import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { GroupEntity } from '../../groups/group.entity';
import { UserEntity } from '../../users/user.entity';
import { PostEntity } from '../post.entity';

/** A person or a group mentioned in a post (exactly one of the two). */
@Entity({ name: 'post_mentions' })
@Check('CHK_post_mentions_one_target', `("user_id" IS NULL) <> ("group_id" IS NULL)`)
@Index('UQ_post_mentions_user', ['postId', 'userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('UQ_post_mentions_group', ['postId', 'groupId'], { unique: true, where: '"group_id" IS NOT NULL' })
@Index('IDX_post_mentions_user', ['userId'])
export class PostMentionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_post_mentions_post' })
  post?: PostEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_post_mentions_user' })
  user?: UserEntity | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_post_mentions_group' })
  group?: GroupEntity | null;
}

/** A #topic of a post: lower-case letters, digits and hyphens. */
@Entity({ name: 'post_topics' })
@Check('CHK_post_topics_topic', `"topic" ~ '^[a-z0-9-]{1,50}$'`)
@Index('IDX_post_topics_topic', ['topic', 'postId'])
export class PostTopicEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @PrimaryColumn({ type: 'varchar', length: 50 })
  topic!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_post_topics_post' })
  post?: PostEntity;
}
