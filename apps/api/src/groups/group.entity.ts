import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ScimGroupEntity } from '../scim/scim-group.entity';
import { UserEntity } from '../users/user.entity';

/** Who may start posts: all members, or managers only (announcement groups). */
export type PostingPermission = 'members' | 'managers';

/** open: anyone signed in sees and joins; closed: visible, content for members; secret: members only. */
export type GroupVisibility = 'open' | 'closed' | 'secret';

@Entity({ name: 'groups' })
@Check('CHK_groups_visibility', `"visibility" IN ('open', 'closed', 'secret')`)
@Check('CHK_groups_posting_permission', `"posting_permission" IN ('members', 'managers')`)
@Index('IDX_groups_name_id', ['name', 'id'])
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_groups_slug', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', default: '' })
  purpose!: string;

  /** Markdown source of the group's own house rules. */
  @Column({ name: 'house_rules', type: 'text', default: '' })
  houseRules!: string;

  @Column({ type: 'varchar', length: 16 })
  visibility!: GroupVisibility;

  @Column({ name: 'posting_permission', type: 'varchar', length: 16, default: 'members' })
  postingPermission!: PostingPermission;

  @Column({ name: 'allow_anonymous_posts', type: 'boolean', default: false })
  allowAnonymousPosts!: boolean;

  @Column({ name: 'members_can_invite', type: 'boolean', default: false })
  membersCanInvite!: boolean;

  /** Membership follows this IdP group (owners and managers are kept). */
  @Index('IDX_groups_linked_scim_group', { where: '"linked_scim_group_id" IS NOT NULL' })
  @Column({ name: 'linked_scim_group_id', type: 'uuid', nullable: true })
  linkedScimGroupId!: string | null;

  @ManyToOne(() => ScimGroupEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'linked_scim_group_id', foreignKeyConstraintName: 'FK_groups_linked_scim_group' })
  linkedScimGroup?: ScimGroupEntity | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_groups_created_by' })
  createdBy?: UserEntity | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
