import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { createTestDatabase, TestDatabase } from '../../test/test-database';
import { DEMO_DEPARTMENTS, DEMO_GROUPS, DEMO_PEOPLE } from './demo-council';
import { DemoSeedService, demoEmail } from './demo-seed.service';

describe(DemoSeedService.name, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: DemoSeedService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    sut = new DemoSeedService(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('seeds the demo council once, even when two instances start together', async () => {
    const results = await Promise.all([sut.seedIfEmpty(), sut.seedIfEmpty()]);
    expect(results.sort()).toEqual([false, true]);

    const [{ count: people }] = await dataSource.query('SELECT count(*)::int AS count FROM users');
    const [{ count: departments }] = await dataSource.query('SELECT count(*)::int AS count FROM departments');
    const [{ count: groups }] = await dataSource.query('SELECT count(*)::int AS count FROM groups');
    expect(people).toBe(DEMO_PEOPLE.length);
    expect(people).toBeGreaterThanOrEqual(40);
    expect(departments).toBe(DEMO_DEPARTMENTS.length);
    expect(groups).toBe(DEMO_GROUPS.length);
  });

  it('does nothing on a database that already has people', async () => {
    await expect(sut.seedIfEmpty()).resolves.toBe(false);
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM users');
    expect(count).toBe(DEMO_PEOPLE.length);
  });

  it('gives every person a department, a job title and skills from one de-duplicated vocabulary', async () => {
    const rows: { email: string; department: string; skills: number }[] = await dataSource.query(`
      SELECT u.email, d.name AS department, count(us.skill_id)::int AS skills
      FROM users u JOIN departments d ON d.id = u.department_id
      LEFT JOIN user_skills us ON us.user_id = u.id
      GROUP BY u.email, d.name`);
    expect(rows).toHaveLength(DEMO_PEOPLE.length);
    expect(rows.every((row) => row.skills > 0)).toBe(true);
    expect(rows.map((row) => row.email)).toContain(demoEmail({ given: 'Eleanor', family: 'Marsh' }));
    const [{ duplicates }] = await dataSource.query(
      'SELECT count(*)::int - count(DISTINCT lower(name))::int AS duplicates FROM skills',
    );
    expect(duplicates).toBe(0);
  });

  it('makes each group owned by one owner, with posts by its members only', async () => {
    const owners: { slug: string; owners: number }[] = await dataSource.query(`
      SELECT g.slug, count(*) FILTER (WHERE m.role = 'owner')::int AS owners
      FROM groups g JOIN group_memberships m ON m.group_id = g.id GROUP BY g.slug`);
    expect(owners.every((row) => row.owners === 1)).toBe(true);
    const [{ strangers }] = await dataSource.query(`
      SELECT count(*)::int AS strangers FROM posts p
      WHERE NOT EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = p.group_id AND m.user_id = p.author_id)`);
    expect(strangers).toBe(0);
    const [{ secret }] = await dataSource.query(`SELECT count(*)::int AS secret FROM groups WHERE visibility = 'secret'`);
    expect(secret).toBeGreaterThan(0);
  });
});
