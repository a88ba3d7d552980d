import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationType } from '@moot/contracts';
import { GroupEntity } from '../groups/group.entity';
import { UserEntity } from '../users/user.entity';

export type NotificationTargetType = 'post' | 'reply' | 'group' | 'skill' | 'moderation_case';

/**
 * One entry in a person's bell. Similar events are grouped: while a row is unread, another event
 * with the same (user, type, group key) adds its actor here instead of creating a new row.
 * `emailed_at` / `digested_at` are written by the email sender, which reads this table.
 */
@Entity({ name: 'notifications' })
@Check('CHK_notifications_target_type', `"target_type" IN ('post', 'reply', 'group', 'skill', 'moderation_case')`)
@Index('IDX_notifications_user_updated', ['userId', 'updatedAt', 'id'])
@Index('UQ_notifications_unread_group', ['userId', 'type', 'groupKey'], { unique: true, where: '"read_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  type!: NotificationType;

  @Column({ name: 'target_type', type: 'varchar', length: 16 })
  targetType!: NotificationTargetType;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_notifications_group' })
  group?: GroupEntity | null;

  /** Which events fold into this row, e.g. `reply:<postId>`. */
  @Column({ name: 'group_key', type: 'varchar', length: 200 })
  groupKey!: string;

  /** Newest first, de-duplicated. */
  @Column({ name: 'actor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  actorIds!: string[];

  @Column({ name: 'actor_count', type: 'integer', default: 0 })
  actorCount!: number;

  @Column({ type: 'varchar', length: 500 })
  link!: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
