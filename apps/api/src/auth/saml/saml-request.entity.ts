import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * AuthnRequest ids we issued, so a response's InResponseTo can be checked on whichever
 * instance receives it, and used once.
 */
@Entity({ name: 'saml_requests' })
export class SamlRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 256 })
  id!: string;

  @Column({ name: 'identity_provider_id', type: 'uuid' })
  identityProviderId!: string;

  /** What node-saml stored for the id (its issue instant). */
  @Column({ type: 'text' })
  value!: string;

  @Index('IDX_saml_requests_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
