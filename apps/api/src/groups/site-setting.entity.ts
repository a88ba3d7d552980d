import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One site-wide setting as JSON (e.g. `group_creation`); read and written by the feature that owns the key. */
@Entity({ name: 'site_settings' })
export class SiteSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
