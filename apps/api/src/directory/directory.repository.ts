import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { likeContains, likePrefix } from '../common/sql-like';
import { PERSON_COLUMNS, PersonRow } from '../skills/dto/skill.mappers';
import type { DirectoryCursor } from './directory-cursor';

/** A directory search, already cleaned by the service. Null means "not filtered by this". */
export interface DirectorySearch {
  /** The query as typed (whitespace collapsed); compared case-insensitively. */
  q: string | null;
  /** `q` normalised like a skill name, for matching the vocabulary. */
  qSkill: string | null;
  /** Normalised skill name. */
  skill: string | null;
  topic: string | null;
  department: string | null;
  location: string | null;
  after: DirectoryCursor | null;
  /** Rows to fetch (one more than the page, to know whether there is a next page). */
  take: number;
}

export interface DirectoryRow extends PersonRow {
  location: string | null;
  ask_me_about: string[];
  matched_skills: string[];
  rank: number;
  sort_name: string;
}

export interface DepartmentCountRow {
  id: string;
  name: string;
  slug: string;
  people_count: number;
}

/** Builds positional parameters ($1, $2, …) as the SQL is assembled. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const SEARCH_TEXT = 'moot_person_search_text(u.display_name, u.job_title, u.ask_me_about, u.interests)';

/** The directory's SQL: one ranked, filtered, keyset-paginated query, and department counts. */
@Injectable()
export class DirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Rank: 0 exact name; 1 name or a word of it starts with q; 2 a skill contains q;
   * 3 elsewhere (topics, interests, job title, inside the name). Ties by lower(name), then id.
   * With q, candidates come from the trigram index on the search text OR the holders of
   * matching skills (`id = ANY(ARRAY(...))` keeps that arm an index scan), so PostgreSQL can
   * BitmapOr the two instead of ranking every active person.
   */
  search(search: DirectorySearch): Promise<DirectoryRow[]> {
    const params = new Params();
    const where = [`u.status = 'active'`];
    let rank = '0';
    const matchedSkillConditions: string[] = [];

    if (search.q !== null) {
      const q = params.add(search.q);
      const contains = params.add(likeContains(search.q));
      const skillContains = params.add(likeContains(search.qSkill ?? ''));
      const nameStarts = [likePrefix(search.q), `% ${likePrefix(search.q)}`, `%-${likePrefix(search.q)}`].map((pattern) => `lower(u.display_name) LIKE lower(${params.add(pattern)}) ESCAPE '\\'`);
      const hasSkill = `SELECT us.user_id FROM user_skills us JOIN skills s ON s.id = us.skill_id WHERE s.normalised_name LIKE ${skillContains} ESCAPE '\\'`;
      rank = `CASE
        WHEN lower(u.display_name) = lower(${q}) THEN 0
        WHEN ${nameStarts.join(' OR ')} THEN 1
        WHEN EXISTS (${hasSkill} AND us.user_id = u.id) THEN 2
        WHEN ${SEARCH_TEXT} LIKE lower(${contains}) ESCAPE '\\' THEN 3
      END`;
      where.push(`(${SEARCH_TEXT} LIKE lower(${contains}) ESCAPE '\\' OR u.id = ANY(ARRAY(${hasSkill})))`);
      matchedSkillConditions.push(`s.normalised_name LIKE ${skillContains} ESCAPE '\\'`);
    }
    if (search.skill !== null) {
      const skill = params.add(search.skill);
      where.push(`EXISTS (SELECT 1 FROM user_skills us JOIN skills s ON s.id = us.skill_id WHERE us.user_id = u.id AND s.normalised_name = ${skill})`);
      matchedSkillConditions.push(`s.normalised_name = ${skill}`);
    }
    if (search.topic !== null) {
      where.push(`EXISTS (SELECT 1 FROM unnest(u.ask_me_about || u.interests) AS topic WHERE lower(topic) LIKE lower(${params.add(likeContains(search.topic))}) ESCAPE '\\')`);
    }
    if (search.department !== null) {
      where.push(`d.slug = ${params.add(search.department)}`);
    }
    if (search.location !== null) {
      // A hidden location is not searchable either: otherwise the filter would reveal it.
      where.push(`NOT ('location' = ANY(u.hidden_fields)) AND lower(u.location) LIKE lower(${params.add(likeContains(search.location))}) ESCAPE '\\'`);
    }

    const matchedSkills = matchedSkillConditions.length
      ? `ARRAY(SELECT s.name FROM user_skills us JOIN skills s ON s.id = us.skill_id
               WHERE us.user_id = u.id AND (${matchedSkillConditions.join(' OR ')}) ORDER BY s.normalised_name)`
      : `'{}'::varchar[]`;
    const after = search.after
      ? `AND (p.rank, p.sort_name, p.id) > (${params.add(search.after.rank)}::int, ${params.add(search.after.name)}::text, ${params.add(search.after.id)}::uuid)`
      : '';

    return this.dataSource.query(
      `SELECT p.* FROM (
         SELECT ${PERSON_COLUMNS}, u.ask_me_about,
           CASE WHEN 'location' = ANY(u.hidden_fields) THEN NULL ELSE u.location END AS location,
           lower(u.display_name) AS sort_name,
           ${rank} AS rank,
           ${matchedSkills} AS matched_skills
         FROM users u
         LEFT JOIN departments d ON d.id = u.department_id
         WHERE ${where.join('\n           AND ')}
       ) p
       WHERE p.rank IS NOT NULL ${after}
       ORDER BY p.rank, p.sort_name, p.id
       LIMIT ${params.add(search.take)}`,
      params.values,
    );
  }

  /** Every department, alphabetically, with how many active people are in it. */
  departmentsWithCounts(): Promise<DepartmentCountRow[]> {
    return this.dataSource.query(
      `SELECT d.id, d.name, d.slug, count(u.id)::int AS people_count
       FROM departments d
       LEFT JOIN users u ON u.department_id = d.id AND u.status = 'active'
       GROUP BY d.id
       ORDER BY lower(d.name), d.id`,
    );
  }
}
