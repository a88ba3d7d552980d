import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SkillRef } from '@moot/contracts';
import { PERSON_COLUMNS, PersonRow } from '../skills/dto/skill.mappers';

export const SUGGESTIONS_LIMIT = 10;
export const MENTORING_LIMIT = 20;

export interface MentorRow extends PersonRow {
  crosses_departments: boolean;
  skills: SkillRef[];
}

/** Who to meet: people like you, people elsewhere who know a skill, mentoring pairs. */
@Injectable()
export class DirectoryMatchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Active people sharing your skills or topics (ask-me-about and interests), scored by how
   * many they share plus one for being in another department: crossing silos is the point.
   */
  likeYou(userId: string): Promise<PersonRow[]> {
    return this.dataSource.query(
      `WITH me AS (SELECT id, department_id FROM users WHERE id = $1),
       my_topics AS (SELECT DISTINCT lower(topic) AS topic FROM users, unnest(ask_me_about || interests) AS topic WHERE id = $1),
       shared AS (
         SELECT theirs.user_id, count(*) AS n
         FROM user_skills mine JOIN user_skills theirs ON theirs.skill_id = mine.skill_id AND theirs.user_id <> mine.user_id
         WHERE mine.user_id = $1
         GROUP BY theirs.user_id
         UNION ALL
         SELECT u.id, count(DISTINCT lower(topic))
         FROM users u, unnest(u.ask_me_about || u.interests) AS topic
         WHERE u.id <> $1 AND lower(topic) IN (SELECT topic FROM my_topics)
         GROUP BY u.id
       ),
       scored AS (SELECT user_id, sum(n) AS n FROM shared GROUP BY user_id)
       SELECT ${PERSON_COLUMNS}
       FROM scored sc
       JOIN users u ON u.id = sc.user_id AND u.status = 'active'
       LEFT JOIN departments d ON d.id = u.department_id
       CROSS JOIN me
       ORDER BY sc.n + CASE WHEN u.department_id IS DISTINCT FROM me.department_id THEN 1 ELSE 0 END DESC,
         (u.department_id IS DISTINCT FROM me.department_id) DESC, lower(u.display_name), u.id
       LIMIT ${SUGGESTIONS_LIMIT}`,
      [userId],
    );
  }

  /** Active people outside your department who list the skill, most endorsed (by active colleagues) first. */
  outsideDepartmentWithSkill(userId: string, normalisedSkill: string): Promise<PersonRow[]> {
    return this.dataSource.query(
      `SELECT ${PERSON_COLUMNS}
       FROM skills s
       JOIN user_skills us ON us.skill_id = s.id
       JOIN users u ON u.id = us.user_id AND u.status = 'active' AND u.id <> $1
       LEFT JOIN departments d ON d.id = u.department_id
       LEFT JOIN skill_endorsements e ON e.user_id = us.user_id AND e.skill_id = us.skill_id
         AND EXISTS (SELECT 1 FROM users en WHERE en.id = e.endorser_id AND en.status = 'active')
       WHERE s.normalised_name = $2
         AND u.department_id IS DISTINCT FROM (SELECT department_id FROM users WHERE id = $1)
       GROUP BY u.id, d.id
       ORDER BY count(e.endorser_id) DESC, lower(u.display_name), u.id
       LIMIT ${SUGGESTIONS_LIMIT}`,
      [userId, normalisedSkill],
    );
  }

  /**
   * Mentoring pairs on shared skills: `canHelpYou` finds people offering help with what you want
   * to learn; `youCanHelp` people wanting to learn what you offer. Other departments first.
   */
  mentors(userId: string, direction: 'canHelpYou' | 'youCanHelp'): Promise<MentorRow[]> {
    const [mine, theirs] =
      direction === 'canHelpYou'
        ? ['learning_goals mine ON mine.user_id = me.id', 'user_skills theirs ON theirs.skill_id = mine.skill_id AND theirs.offers_help']
        : ['user_skills mine ON mine.user_id = me.id AND mine.offers_help', 'learning_goals theirs ON theirs.skill_id = mine.skill_id'];
    return this.dataSource.query(
      `SELECT ${PERSON_COLUMNS},
         (u.department_id IS DISTINCT FROM me.department_id) AS crosses_departments,
         json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.normalised_name) AS skills
       FROM users me
       JOIN ${mine}
       JOIN ${theirs}
       JOIN users u ON u.id = theirs.user_id AND u.status = 'active' AND u.id <> me.id
       JOIN skills s ON s.id = mine.skill_id
       LEFT JOIN departments d ON d.id = u.department_id
       WHERE me.id = $1
       GROUP BY u.id, d.id, me.department_id
       ORDER BY crosses_departments DESC, count(*) DESC, lower(u.display_name), u.id
       LIMIT ${MENTORING_LIMIT}`,
      [userId],
    );
  }
}
