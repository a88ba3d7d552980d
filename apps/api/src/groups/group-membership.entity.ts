import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { GroupEntity } from './group.entity';

export type GroupRole = 'owner' | 'manager' | 'member';

@Entity({ name: 'group_memberships' })
@Check('CHK_group_memberships_role', `"role" IN ('owner', 'manager', 'member')`)
@Index('IDX_group_memberships_user', ['userId'])
export class GroupMembershipEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_group_memberships_group' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_group_memberships_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16, default: 'member' })
  role!: GroupRole;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;
}
