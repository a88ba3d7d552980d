import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SiteRole } from '@moot/contracts';
import { DepartmentEntity } from '../departments/department.entity';

export type UserStatus = 'active' | 'deactivated';

@Entity({ name: 'users' })
@Check('CHK_users_role', `"role" IN ('admin', 'member')`)
@Check('CHK_users_status', `"status" IN ('active', 'deactivated')`)
@Check('CHK_users_email_lower', `"email" = lower("email")`)
// An erased person can never be reactivated (by SCIM, the CLI or anything else): nothing of them is left to sign in as.
@Check('CHK_users_erased_deactivated', `"erased_at" IS NULL OR "status" = 'deactivated'`)
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

  @Column({ type: 'varchar', length: 40, nullable: true })
  pronouns!: string | null;

  /** Office or base, e.g. "Town Hall, floor 2". */
  @Column({ type: 'varchar', length: 120, nullable: true })
  location!: string | null;

  /** E.g. "Mon–Thu, compressed hours". */
  @Column({ name: 'working_pattern', type: 'varchar', length: 200, nullable: true })
  workingPattern!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  /** Markdown source as written. */
  @Column({ type: 'text', default: '' })
  bio!: string;

  /** Server-rendered, sanitised HTML of `bio`. */
  @Column({ name: 'bio_html', type: 'text', default: '' })
  bioHtml!: string;

  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'FK_users_manager' })
  manager?: UserEntity | null;

  /** "Ask me about" topics: short phrases. */
  @Column({ name: 'ask_me_about', type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  askMeAbout!: string[];

  @Column({ type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  interests!: string[];

  /** How the person prefers to be contacted: method and an optional note. */
  @Column({ name: 'contact_preference', type: 'jsonb', default: () => `'{"note": null, "method": "moot"}'` })
  contactPreference!: { method: 'moot' | 'email' | 'phone' | 'teams'; note: string | null };

  /** Optional fields the person hides from colleagues (phone, pronouns, location). */
  @Column({ name: 'hidden_fields', type: 'varchar', length: 20, array: true, default: () => "'{}'" })
  hiddenFields!: string[];

  /** Storage key prefix of the current avatar renditions; null when none. */
  @Column({ name: 'avatar_key', type: 'varchar', length: 200, nullable: true })
  avatarKey!: string | null;

  /** The IdP's id for this person, as sent by SCIM (`externalId`). */
  @Index('UQ_users_external_id', { unique: true, where: '"external_id" IS NOT NULL' })
  @Column({ name: 'external_id', type: 'varchar', length: 256, nullable: true })
  externalId!: string | null;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  /** When a site admin erased this person's personal data (issue #8); the row stays as a "former colleague". */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
