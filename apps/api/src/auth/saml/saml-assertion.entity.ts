import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Assertion ids already accepted, kept until their NotOnOrAfter, so none is accepted twice. */
@Entity({ name: 'saml_seen_assertions' })
export class SamlSeenAssertionEntity {
  @PrimaryColumn({ name: 'identity_provider_id', type: 'uuid' })
  identityProviderId!: string;

  @PrimaryColumn({ name: 'assertion_id', type: 'varchar', length: 256 })
  assertionId!: string;

  @Index('IDX_saml_seen_assertions_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
