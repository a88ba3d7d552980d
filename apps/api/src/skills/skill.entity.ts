import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One entry in the shared, de-duplicated skills vocabulary. */
@Entity({ name: 'skills' })
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Display form, e.g. "Webchat moderation". */
  @Column({ type: 'varchar', length: 50 })
  name!: string;

  /** Normalised form (lower-case, single spaces) that keeps the vocabulary de-duplicated. */
  @Index('UQ_skills_normalised_name', { unique: true })
  @Column({ name: 'normalised_name', type: 'varchar', length: 50 })
  normalisedName!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
