import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry in the append-only audit log: who did what, to what, when and from where.
 * The database refuses UPDATE and DELETE on this table (see the migration's trigger).
 */
@Entity({ name: 'audit_events' })
// Every list is newest first with keyset paging on (at, id); each filter has an index led by it.
@Index('IDX_audit_events_at_id', ['at', 'id'])
@Index('IDX_audit_events_actor', ['actorUserId', 'at'])
@Index('IDX_audit_events_action', ['action', 'at'])
@Index('IDX_audit_events_target', ['targetType', 'targetId', 'at'])
@Index('IDX_audit_events_outcome', ['outcome', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Null for the system, the CLI or an unauthenticated attempt. */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** Human-readable actor, e.g. an email, "cli:root@host", "scim:token-name". */
  @Column({ name: 'actor_label', type: 'varchar', length: 320 })
  actorLabel!: string;

  /** Dotted verb, e.g. `auth.sign_in`, `idp.create`, `user.grant_admin`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 40, nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 256, nullable: true })
  targetId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent!: string | null;

  /** `success` or `failure`, with the reason in details for failures. */
  @Column({ type: 'varchar', length: 16, default: 'success' })
  outcome!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
