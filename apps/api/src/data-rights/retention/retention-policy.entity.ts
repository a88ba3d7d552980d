import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GroupEntity } from '../../groups/group.entity';

export type RetentionTarget = 'group' | 'profiles';

/** Delete posts older than `maxAgeDays` in one group, or on people's profiles (target `profiles`). */
@Entity({ name: 'retention_policies' })
@Check('CHK_retention_policies_target', `("target" = 'group' AND "group_id" IS NOT NULL) OR ("target" = 'profiles' AND "group_id" IS NULL)`)
@Check('CHK_retention_policies_max_age', `"max_age_days" BETWEEN 30 AND 36500`)
// One policy per group, and at most one for profile posts.
@Index('UQ_retention_policies_group', ['groupId'], { unique: true, where: '"group_id" IS NOT NULL' })
@Index('UQ_retention_policies_profiles', ['target'], { unique: true, where: `"target" = 'profiles'` })
export class RetentionPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  target!: RetentionTarget;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_retention_policies_group' })
  group?: GroupEntity | null;

  @Column({ name: 'max_age_days', type: 'integer' })
  maxAgeDays!: number;

  /** Set while a run holds the policy, so two instances never run it at once. */
  @Column({ name: 'running_since', type: 'timestamptz', nullable: true })
  runningSince!: Date | null;

  @Column({ name: 'last_run_at', type: 'timestamptz', nullable: true })
  lastRunAt!: Date | null;

  @Column({ name: 'last_run_deleted', type: 'integer', nullable: true })
  lastRunDeleted!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
