import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SkillRef } from '@moot/contracts';
import { PERSON_COLUMNS, PersonRow } from './dto/skill.mappers';

const FOREIGN_KEY_VIOLATION = '23503';

/** Endorsements: one row per endorser, person and skill (the primary key). */
@Injectable()
export class EndorsementsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async isActivePerson(userId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM users WHERE id = $1 AND status = 'active'`, [userId]);
    return rows.length > 0;
  }

  /** The skill as listed on that person's profile, or null when they do not list it. */
  async listedSkill(userId: string, skillId: string): Promise<SkillRef | null> {
    const [row] = await this.dataSource.query(
      `SELECT s.id, s.name FROM user_skills us JOIN skills s ON s.id = us.skill_id WHERE us.user_id = $1 AND us.skill_id = $2`,
      [userId, skillId],
    );
    return (row as SkillRef | undefined) ?? null;
  }

  /** Idempotent: endorsing again changes nothing. False when the skill was removed meanwhile. */
  async endorse(endorserId: string, userId: string, skillId: string): Promise<boolean> {
    try {
      await this.dataSource.query(
        `INSERT INTO skill_endorsements (endorser_id, user_id, skill_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [endorserId, userId, skillId],
      );
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === FOREIGN_KEY_VIOLATION) return false;
      throw error;
    }
  }

  async withdraw(endorserId: string, userId: string, skillId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM skill_endorsements WHERE endorser_id = $1 AND user_id = $2 AND skill_id = $3`, [endorserId, userId, skillId]);
  }

  /** Active endorsers only (deactivated colleagues drop out), by name. */
  endorsers(userId: string, skillId: string): Promise<PersonRow[]> {
    return this.dataSource.query(
      `SELECT ${PERSON_COLUMNS}
       FROM skill_endorsements e
       JOIN users u ON u.id = e.endorser_id AND u.status = 'active'
       LEFT JOIN departments d ON d.id = u.department_id
       WHERE e.user_id = $1 AND e.skill_id = $2
       ORDER BY lower(u.display_name), u.id`,
      [userId, skillId],
    );
  }
}
