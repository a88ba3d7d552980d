import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProfileSkill, SkillRef, SkillSuggestion } from '@moot/contracts';
import { likeContains, likePrefix } from '../common/sql-like';

/** Every query of the shared vocabulary, people's skills and learning goals. */
@Injectable()
export class SkillsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The vocabulary entry for a normalised name, created with `name` as its display form if new. */
  async findOrCreate(name: string, normalisedName: string): Promise<SkillRef> {
    // ON CONFLICT keeps the first writer's display form; the follow-up SELECT sees a concurrent insert.
    await this.dataSource.query(`INSERT INTO skills (name, normalised_name) VALUES ($1, $2) ON CONFLICT (normalised_name) DO NOTHING`, [name, normalisedName]);
    const [skill] = await this.dataSource.query(`SELECT id, name FROM skills WHERE normalised_name = $1`, [normalisedName]);
    return skill as SkillRef;
  }

  /** Lists a skill on someone's profile; `offersHelp` undefined leaves an existing choice alone. */
  async upsertUserSkill(userId: string, skillId: string, offersHelp: boolean | undefined): Promise<ProfileSkill> {
    const [row] = await this.dataSource.query(
      `INSERT INTO user_skills AS us (user_id, skill_id, offers_help) VALUES ($1, $2, coalesce($3::boolean, false))
       ON CONFLICT (user_id, skill_id) DO UPDATE SET offers_help = coalesce($3::boolean, us.offers_help)
       RETURNING us.offers_help,
         (SELECT s.name FROM skills s WHERE s.id = us.skill_id) AS name,
         (SELECT count(*)::int FROM skill_endorsements e JOIN users en ON en.id = e.endorser_id AND en.status = 'active'
          WHERE e.user_id = us.user_id AND e.skill_id = us.skill_id) AS endorsement_count`,
      [userId, skillId, offersHelp ?? null],
    );
    return { id: skillId, name: row.name, offersHelp: row.offers_help, endorsementCount: row.endorsement_count, endorsedByMe: false };
  }

  /** Removes a skill from a profile; its endorsements go with it (FK cascade). */
  async removeUserSkill(userId: string, skillId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_skills WHERE user_id = $1 AND skill_id = $2`, [userId, skillId]);
  }

  async addLearningGoal(userId: string, skillId: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO learning_goals (user_id, skill_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, skillId]);
  }

  async removeLearningGoal(userId: string, skillId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM learning_goals WHERE user_id = $1 AND skill_id = $2`, [userId, skillId]);
  }

  /**
   * Suggestions while typing: names starting with the text first, then containing it; each
   * group by how many active people list the skill. With no text, the most common skills.
   */
  async suggest(normalisedQuery: string, limit: number): Promise<SkillSuggestion[]> {
    const rows: { id: string; name: string; people_count: number }[] = await this.dataSource.query(
      `SELECT s.id, s.name, count(u.id)::int AS people_count
       FROM skills s
       LEFT JOIN user_skills us ON us.skill_id = s.id
       LEFT JOIN users u ON u.id = us.user_id AND u.status = 'active'
       WHERE $1 = '' OR s.normalised_name LIKE $2 ESCAPE '\\'
       GROUP BY s.id
       HAVING $1 <> '' OR count(u.id) > 0
       ORDER BY (s.normalised_name LIKE $3 ESCAPE '\\') DESC, count(u.id) DESC, s.normalised_name, s.id
       LIMIT $4`,
      [normalisedQuery, likeContains(normalisedQuery), likePrefix(normalisedQuery), limit],
    );
    return rows.map((row) => ({ id: row.id, name: row.name, peopleCount: row.people_count }));
  }
}
