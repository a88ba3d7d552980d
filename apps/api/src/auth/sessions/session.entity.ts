import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';

/** A server-side session. The cookie holds a random token; only its SHA-256 is stored. */
@Entity({ name: 'sessions' })
export class SessionEntity {
  /** Hex SHA-256 of the cookie token. */
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  /** Public, non-secret id used for socket rooms and audit entries. */
  @Index('UQ_sessions_public_id', { unique: true })
  @Column({ name: 'public_id', type: 'uuid' })
  publicId!: string;

  @Index('IDX_sessions_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_sessions_user' })
  user?: UserEntity;

  /** Synchroniser token echoed by the web app in `x-csrf-token` on state-changing requests. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute end, whatever the activity. */
  @Index('IDX_sessions_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'identity_provider_id', type: 'uuid', nullable: true })
  identityProviderId!: string | null;

  /** NameID and SessionIndex from the IdP, needed for SAML single logout. */
  @Column({ name: 'saml_name_id', type: 'varchar', length: 512, nullable: true })
  samlNameId!: string | null;

  @Column({ name: 'saml_name_id_format', type: 'varchar', length: 256, nullable: true })
  samlNameIdFormat!: string | null;

  @Column({ name: 'saml_session_index', type: 'varchar', length: 256, nullable: true })
  samlSessionIndex!: string | null;

  /** How the person signed in: `saml` or `login-link` (break-glass). */
  @Column({ type: 'varchar', length: 16 })
  method!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent!: string | null;
}
