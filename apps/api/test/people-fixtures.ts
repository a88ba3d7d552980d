import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserEntity } from '../src/users/user.entity';

/** Small SQL factories for what the people tests read but other features own (groups, posts, skills). */
export class PeopleFixtures {
  private counter = 0;

  constructor(private readonly app: INestApplication) {}

  private query<T = unknown>(sql: string, parameters: unknown[]): Promise<T> {
    return this.app.get(DataSource).query(sql, parameters);
  }

  async group(visibility: 'open' | 'closed' | 'secret', createdBy: Pick<UserEntity, 'id'>, name = `${visibility} group ${++this.counter}`): Promise<{ id: string; name: string }> {
    const [row] = await this.query<{ id: string }[]>(
      `INSERT INTO groups (slug, name, description, visibility, created_by_id) VALUES ($1, $2, '', $3, $4) RETURNING id`,
      [`${visibility}-${++this.counter}-${Date.now()}`, name, visibility, createdBy.id],
    );
    return { id: row.id, name };
  }

  async member(group: { id: string }, user: Pick<UserEntity, 'id'>, role: 'owner' | 'manager' | 'member' = 'member'): Promise<void> {
    await this.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, $3)`, [group.id, user.id, role]);
  }

  /** A post `minutesAgo` minutes old, in a group or (null) on the author's profile. */
  async post(author: Pick<UserEntity, 'id'>, group: { id: string } | null, body: string, minutesAgo = 0): Promise<string> {
    const [row] = await this.query<{ id: string }[]>(
      `INSERT INTO posts (group_id, author_id, body, created_at) VALUES ($1, $2, $3, now() - make_interval(mins => $4)) RETURNING id`,
      [group?.id ?? null, author.id, body, minutesAgo],
    );
    return row.id;
  }

  async skill(user: Pick<UserEntity, 'id'>, name: string, offersHelp = false): Promise<string> {
    const skillId = await this.skillNamed(name);
    await this.query(`INSERT INTO user_skills (user_id, skill_id, offers_help) VALUES ($1, $2, $3)`, [user.id, skillId, offersHelp]);
    return skillId;
  }

  private async skillNamed(name: string): Promise<string> {
    const [row] = await this.query<{ id: string }[]>(
      `INSERT INTO skills (name, normalised_name) VALUES ($1::varchar, lower($1::varchar))
       ON CONFLICT (normalised_name) DO UPDATE SET name = skills.name RETURNING id`,
      [name],
    );
    return row.id;
  }

  async endorse(endorser: Pick<UserEntity, 'id'>, user: Pick<UserEntity, 'id'>, skillId: string): Promise<void> {
    await this.query(`INSERT INTO skill_endorsements (endorser_id, user_id, skill_id) VALUES ($1, $2, $3)`, [endorser.id, user.id, skillId]);
  }

  async learning(user: Pick<UserEntity, 'id'>, name: string): Promise<void> {
    await this.query(`INSERT INTO learning_goals (user_id, skill_id) VALUES ($1, $2)`, [user.id, await this.skillNamed(name)]);
  }

  async department(name: string): Promise<string> {
    const [row] = await this.query<{ id: string }[]>(`INSERT INTO departments (name, slug) VALUES ($1, $2) RETURNING id`, [name, name.toLowerCase().replace(/\W+/g, '-')]);
    return row.id;
  }

  async deactivate(user: Pick<UserEntity, 'id'>): Promise<void> {
    await this.query(`UPDATE users SET status = 'deactivated', deactivated_at = now() WHERE id = $1`, [user.id]);
  }

  auditEvents(targetId: string): Promise<{ action: string; actor_user_id: string | null; details: { fields?: string[] } }[]> {
    return this.query(`SELECT action, actor_user_id, details FROM audit_events WHERE target_id = $1 ORDER BY id`, [targetId]);
  }
}
