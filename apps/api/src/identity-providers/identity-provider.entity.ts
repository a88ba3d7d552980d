import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Which SAML attribute feeds which profile field; absent keys use the built-in defaults. */
export interface AttributeMapping {
  email?: string;
  givenName?: string;
  familyName?: string;
  displayName?: string;
  department?: string;
  jobTitle?: string;
}

/** One SAML identity provider (a council's Entra ID, ADFS, Okta...), addressed by its slug. */
@Entity({ name: 'identity_providers' })
export class IdentityProviderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_identity_providers_slug', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  slug!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName!: string;

  /** The IdP's EntityID: the expected Issuer of its responses. */
  @Column({ name: 'entity_id', type: 'varchar', length: 1024 })
  entityId!: string;

  /** HTTP-Redirect SingleSignOnService location. */
  @Column({ name: 'sso_url', type: 'varchar', length: 2048 })
  ssoUrl!: string;

  /** SingleLogoutService location, when the IdP supports single logout. */
  @Column({ name: 'slo_url', type: 'varchar', length: 2048, nullable: true })
  sloUrl!: string | null;

  /** PEM bodies of up to two signing certificates (current and next, for rotation). */
  @Column({ name: 'signing_certificates', type: 'text', array: true, default: () => "'{}'" })
  signingCertificates!: string[];

  /** Lower-case email domains this IdP signs people in for (home-realm discovery). */
  @Column({ name: 'email_domains', type: 'varchar', length: 253, array: true, default: () => "'{}'" })
  emailDomains!: string[];

  @Column({ name: 'attribute_mapping', type: 'jsonb', default: () => "'{}'" })
  attributeMapping!: AttributeMapping;

  /** Create accounts on first sign-in (just-in-time provisioning). */
  @Column({ name: 'jit_provisioning', type: 'boolean', default: true })
  jitProvisioning!: boolean;

  /** Accept IdP-initiated (unsolicited) responses. Off by default: they cannot be tied to a request. */
  @Column({ name: 'allow_unsolicited', type: 'boolean', default: false })
  allowUnsolicited!: boolean;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** The built-in development IdP (never in production). */
  @Column({ name: 'is_development', type: 'boolean', default: false })
  isDevelopment!: boolean;

  /** The metadata XML it was created from, kept for reference and re-import. */
  @Column({ name: 'metadata_xml', type: 'text', nullable: true })
  metadataXml!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
