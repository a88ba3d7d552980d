import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SiteDocumentKind } from '@moot/contracts';
import { UserEntity } from '../users/user.entity';

/**
 * One published version of the house rules or the moderation policy. Versions are never
 * changed or deleted: acceptances point at them as evidence of what a person agreed to.
 */
@Entity({ name: 'site_document_versions' })
@Check('CHK_site_document_versions_kind', `"kind" IN ('house_rules', 'moderation_policy')`)
@Check('CHK_site_document_versions_version', `"version" > 0`)
@Index('UQ_site_document_versions_kind_version', ['kind', 'version'], { unique: true })
export class SiteDocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: SiteDocumentKind;

  @Column({ type: 'integer' })
  version!: number;

  /** Markdown source; rendered (and sanitised) on every read. */
  @Column({ type: 'text' })
  body!: string;

  /** A material change asks everyone to accept the house rules again. */
  @Column({ type: 'boolean', default: false })
  material!: boolean;

  @Column({ name: 'change_summary', type: 'text', nullable: true })
  changeSummary!: string | null;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'FK_site_document_versions_published_by' })
  publishedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}

/** A person accepted a version of the house rules. Kept with its time: it is evidence. */
@Entity({ name: 'house_rules_acceptances' })
@Index('UQ_house_rules_acceptances_user_version', ['userId', 'versionId'], { unique: true })
export class HouseRulesAcceptanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_house_rules_acceptances_user' })
  user?: UserEntity;

  @Index('IDX_house_rules_acceptances_version')
  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => SiteDocumentVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'FK_house_rules_acceptances_version' })
  documentVersion?: SiteDocumentVersionEntity;

  @CreateDateColumn({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt!: Date;
}
