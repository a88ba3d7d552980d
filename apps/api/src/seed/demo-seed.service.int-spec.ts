import { DataSource } from 'typeorm';
import { MarkdownService } from '../common/markdown/markdown.service';
import { dataSourceOptions } from '../database/data-source-options';
import { createTestDatabase, TestDatabase } from '../../test/test-database';
import { DEMO_DEPARTMENTS, DEMO_GROUPS, DEMO_PEOPLE } from './demo-council';
import { DemoSeedService, demoEmail } from './demo-seed.service';
import { DEMO_LOCATIONS, DEMO_PROFILES } from './demo-profiles';

describe(DemoSeedService.name, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: DemoSeedService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    sut = new DemoSeedService(dataSource, new MarkdownService());
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

  it('publishes version 1 of the house rules (to be accepted) and the moderation policy, by an admin', async () => {
    const rows: { kind: string; version: number; material: boolean; admin: string; body: string }[] = await dataSource.query(`
      SELECT v.kind, v.version, v.material, u.role AS admin, v.body FROM site_document_versions v
      JOIN users u ON u.id = v.published_by_id ORDER BY v.kind`);
    expect(rows.map(({ kind, version, material, admin }) => ({ kind, version, material, admin }))).toEqual([
      { kind: 'house_rules', version: 1, material: true, admin: 'admin' },
      { kind: 'moderation_policy', version: 1, material: false, admin: 'admin' },
    ]);
    const policy = new MarkdownService().render(rows[1].body);
    for (const heading of ['Who sees a report', 'What a moderator can do', 'What authors are told', 'Asking for a review', 'How long it takes', 'Election periods']) {
      expect(policy).toContain(`<h3>${heading}</h3>`);
    }
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

  it('fills in most profiles: a rendered bio, ask-me-about topics and a known location', async () => {
    const [row] = await dataSource.query(`
      SELECT count(*) FILTER (WHERE bio <> '' AND bio_html LIKE '<p>%</p>' AND cardinality(ask_me_about) > 0)::int AS complete,
             count(*) FILTER (WHERE location IS NOT NULL AND NOT (location = ANY($1)))::int AS unknown_locations,
             count(*) FILTER (WHERE 'location' = ANY(hidden_fields))::int AS hiding_location
      FROM users`, [DEMO_LOCATIONS]);
    expect(row.complete).toBeGreaterThan(DEMO_PEOPLE.length * 0.75);
    expect(row.unknown_locations).toBe(0);
    expect(row.hiding_location).toBeGreaterThan(0);
    const [bio] = await dataSource.query(`SELECT bio_html FROM users WHERE email = $1`, [demoEmail({ given: 'Amara', family: 'Okafor' })]);
    expect(bio.bio_html).toContain('<strong>tricky media enquiry</strong>');
  });

  it('marks about a third of listed skills "I can help with", each one the person lists', async () => {
    for (const [name, profile] of Object.entries(DEMO_PROFILES)) {
      const person = DEMO_PEOPLE.find((candidate) => `${candidate.given} ${candidate.family}` === name);
      expect(person?.skills).toEqual(expect.arrayContaining(profile.helps ?? []));
    }
    const [{ share }] = await dataSource.query(`SELECT avg(offers_help::int)::float AS share FROM user_skills`);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.45);
  });

  it('gives ~15 people learning goals that someone in another department offers help with', async () => {
    const [{ learners, unmatched }] = await dataSource.query(`
      SELECT count(*)::int AS learners, count(*) FILTER (WHERE NOT matched)::int AS unmatched
      FROM (
        SELECT lg.user_id, bool_or(EXISTS (
          SELECT 1 FROM user_skills us JOIN users helper ON helper.id = us.user_id
          WHERE us.skill_id = lg.skill_id AND us.offers_help AND helper.department_id <> learner.department_id)) AS matched
        FROM learning_goals lg JOIN users learner ON learner.id = lg.user_id
        GROUP BY lg.user_id
      ) learner_matches`);
    expect(learners).toBeGreaterThanOrEqual(15);
    expect(unmatched).toBe(0);
  });

  it('seeds ~60 endorsements between colleagues who list the skill, never of oneself', async () => {
    const [{ endorsements, self }] = await dataSource.query(
      `SELECT count(*)::int AS endorsements, count(*) FILTER (WHERE endorser_id = user_id)::int AS self FROM skill_endorsements`,
    );
    expect(endorsements).toBeGreaterThanOrEqual(50);
    expect(self).toBe(0);
    const [{ follows }] = await dataSource.query(`SELECT count(*)::int AS follows FROM follows`);
    expect(follows).toBeGreaterThan(0);
  });
});
