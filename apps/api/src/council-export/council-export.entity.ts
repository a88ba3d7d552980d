import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ExportStatus } from '@moot/contracts';
import { UserEntity } from '../users/user.entity';

/**
 * One whole-council export (issue #8, "export-first"). The archive lives under
 * DATA_DIR/exports; this row tracks the background job's progress and a heartbeat, so an
 * export whose worker died (restart, crash) can be told apart from one still running.
 */
@Entity({ name: 'council_exports' })
@Index('IDX_council_exports_status', ['status'])
export class CouncilExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status!: ExportStatus;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phase!: string | null;

  @Column({ type: 'integer', default: 0 })
  processed!: number;

  @Column({ type: 'integer', nullable: true })
  total!: number | null;

  @Column({ name: 'format_version', type: 'integer' })
  formatVersion!: number;

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'FK_council_exports_requested_by' })
  requestedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** Touched by the worker as it goes; a running export with an old heartbeat has lost its worker. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  @Column({ name: 'size_bytes', type: 'bigint', nullable: true })
  sizeBytes!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** Restarts after an interruption. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;
}
