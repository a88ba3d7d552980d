import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { SkillEntity } from './skill.entity';

@Entity({ name: 'user_skills' })
@Index('IDX_user_skills_skill', ['skillId'])
export class UserSkillEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_skills_user' })
  user?: UserEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'FK_user_skills_skill' })
  skill?: SkillEntity;

  /** Listed under "I can help with": offered for mentoring. */
  @Column({ name: 'offers_help', type: 'boolean', default: false })
  offersHelp!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
