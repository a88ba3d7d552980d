import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DepartmentEntity } from '../../src/departments/department.entity';
import { departmentSlug } from '../../src/departments/department.repository';
import { normaliseSkillName } from '../../src/skills/skill-name';
import { UserEntity } from '../../src/users/user.entity';
import { createUser } from '../factories';

/** A department with a unique name (a random suffix keeps test files independent). */
export async function createDepartment(app: INestApplication, name: string): Promise<DepartmentEntity> {
  const repository = app.get(DataSource).getRepository(DepartmentEntity);
  return repository.save(repository.create({ name, slug: departmentSlug(name) }));
}

export interface PersonSpec extends Partial<UserEntity> {
  skills?: (string | { name: string; offersHelp: boolean })[];
  learning?: string[];
}

/** The vocabulary entry for a skill name, created when new (as the API would). */
export async function skillId(app: INestApplication, name: string): Promise<string> {
  const dataSource = app.get(DataSource);
  await dataSource.query(`INSERT INTO skills (name, normalised_name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [name, normaliseSkillName(name)]);
  const [row] = await dataSource.query(`SELECT id FROM skills WHERE normalised_name = $1`, [normaliseSkillName(name)]);
  return row.id;
}

/** A person with skills ("I can help with" when offersHelp) and learning goals. */
export async function createPerson(app: INestApplication, spec: PersonSpec = {}): Promise<UserEntity> {
  const { skills = [], learning = [], ...overrides } = spec;
  const user = await createUser(app, overrides);
  const dataSource = app.get(DataSource);
  for (const skill of skills) {
    const { name, offersHelp } = typeof skill === 'string' ? { name: skill, offersHelp: false } : skill;
    await dataSource.query(`INSERT INTO user_skills (user_id, skill_id, offers_help) VALUES ($1, $2, $3)`, [user.id, await skillId(app, name), offersHelp]);
  }
  for (const name of learning) {
    await dataSource.query(`INSERT INTO learning_goals (user_id, skill_id) VALUES ($1, $2)`, [user.id, await skillId(app, name)]);
  }
  return user;
}

export async function endorse(app: INestApplication, endorser: UserEntity, person: UserEntity, skill: string): Promise<void> {
  await app.get(DataSource).query(`INSERT INTO skill_endorsements (endorser_id, user_id, skill_id) VALUES ($1, $2, $3)`, [endorser.id, person.id, await skillId(app, skill)]);
}

export async function deactivate(app: INestApplication, user: UserEntity): Promise<void> {
  await app.get(DataSource).query(`UPDATE users SET status = 'deactivated', deactivated_at = now() WHERE id = $1`, [user.id]);
}
