import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { UserSkillEntity } from './user-skill.entity';

/** One colleague vouching for one skill of another: at most one per endorser per skill. */
@Entity({ name: 'skill_endorsements' })
@Check('CHK_skill_endorsements_not_self', '"endorser_id" <> "user_id"')
@Index('IDX_skill_endorsements_user_skill', ['userId', 'skillId'])
export class SkillEndorsementEntity {
  @PrimaryColumn({ name: 'endorser_id', type: 'uuid' })
  endorserId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endorser_id', foreignKeyConstraintName: 'FK_skill_endorsements_endorser' })
  endorser?: UserEntity;

  /** Removing the skill from a profile removes its endorsements. */
  @ManyToOne(() => UserSkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'user_id', referencedColumnName: 'userId', foreignKeyConstraintName: 'FK_skill_endorsements_user_skill' },
    { name: 'skill_id', referencedColumnName: 'skillId' },
  ])
  userSkill?: UserSkillEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
