import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A directory group pushed by the IdP over SCIM (Moot groups can later be linked to one). */
@Entity({ name: 'scim_groups' })
export class ScimGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_scim_groups_display_name', { unique: true })
  @Column({ name: 'display_name', type: 'varchar', length: 256 })
  displayName!: string;

  @Column({ name: 'external_id', type: 'varchar', length: 256, nullable: true })
  externalId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'scim_group_members' })
export class ScimGroupMemberEntity {
  @PrimaryColumn({ name: 'scim_group_id', type: 'uuid' })
  scimGroupId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => ScimGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scim_group_id', foreignKeyConstraintName: 'FK_scim_group_members_group' })
  group?: ScimGroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_scim_group_members_user' })
  user?: UserEntity;
}
