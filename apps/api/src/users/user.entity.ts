import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SiteRole } from '@moot/contracts';
import { DepartmentEntity } from '../departments/department.entity';

export type UserStatus = 'active' | 'deactivated';

@Entity({ name: 'users' })
@Check('CHK_users_role', `"role" IN ('admin', 'member')`)
@Check('CHK_users_status', `"status" IN ('active', 'deactivated')`)
@Check('CHK_users_email_lower', `"email" = lower("email")`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always stored lower-case; unique. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ name: 'given_name', type: 'varchar', length: 80, nullable: true })
  givenName!: string | null;

  @Column({ name: 'family_name', type: 'varchar', length: 80, nullable: true })
  familyName!: string | null;

  @Column({ name: 'job_title', type: 'varchar', length: 120, nullable: true })
  jobTitle!: string | null;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_users_department' })
  department?: DepartmentEntity | null;

  @Column({ type: 'varchar', length: 16, default: 'member' })
  role!: SiteRole;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: UserStatus;

  /** The IdP's id for this person, as sent by SCIM (`externalId`). */
  @Index('UQ_users_external_id', { unique: true, where: '"external_id" IS NOT NULL' })
  @Column({ name: 'external_id', type: 'varchar', length: 256, nullable: true })
  externalId!: string | null;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
