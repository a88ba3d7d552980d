import { INestApplication } from '@nestjs/common';
import type { FeedPage } from '@moot/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FeedRepository } from '../src/feeds/feed.repository';
import { UserEntity } from '../src/users/user.entity';
import { createUser, signInAs, SignedIn } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('feeds', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let me: UserEntity;
  let asMe: SignedIn;
  let followed: UserEntity;
  let stranger: UserEntity;
  let asStranger: SignedIn;
  let myGroup: string;
  let secretGroup: string;
  let closedGroup: string;
  let otherOpenGroup: string;
  let clock = Date.parse('2026-01-01T09:00:00.000Z');

  const api = () => request(app.getHttpServer());
  const feed = async (as: SignedIn, path: string, query: Record<string, string | number> = {}): Promise<FeedPage> =>
    (await api().get(`/api/feeds/${path}`).query(query).set('Cookie', as.cookie).expect(200)).body;
  const idsOf = (page: FeedPage) => page.items.map((item) => item.id);

  const group = async (visibility: string, members: UserEntity[]): Promise<string> => {
    const [row] = await sql.query(`INSERT INTO groups (slug, name, visibility) VALUES ($1, $1, $2) RETURNING id`, [`g-${Math.random().toString(36).slice(2, 10)}`, visibility]);
    for (const member of members) await sql.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, 'member')`, [row.id, member.id]);
    return row.id;
  };
  /** Posts one second apart, at millisecond precision (as the posts module writes them). */
  const post = async (author: UserEntity, groupId: string | null, extra: { anonymous?: boolean; topic?: string; pinned?: boolean } = {}): Promise<string> => {
    clock += 1000;
    const [row] = await sql.query(
      `INSERT INTO posts (group_id, author_id, anonymous_author_id, body, created_at, pinned_at) VALUES ($1, $2, $3, 'hello', $4, $5) RETURNING id`,
      [groupId, extra.anonymous ? null : author.id, extra.anonymous ? author.id : null, new Date(clock), extra.pinned ? new Date(clock) : null],
    );
    if (extra.topic) await sql.query(`INSERT INTO post_topics (post_id, topic) VALUES ($1, $2)`, [row.id, extra.topic]);
    return row.id;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    [me, followed, stranger] = await Promise.all([createUser(app), createUser(app), createUser(app)]);
    [asMe, asStranger] = await Promise.all([signInAs(app, me), signInAs(app, stranger)]);
    await sql.query(`INSERT INTO follows (follower_id, followee_id) VALUES ($1, $2)`, [me.id, followed.id]);
    myGroup = await group('open', [me, followed]);
    secretGroup = await group('secret', [me]);
    closedGroup = await group('closed', [me, followed]);
    otherOpenGroup = await group('open', [followed]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('merges my groups, the profile posts of people I follow and my own posts, newest first', async () => {
    const inMyGroup = await post(followed, myGroup);
    const followedProfile = await post(followed, null);
    const mine = await post(me, null);
    const inSecret = await post(me, secretGroup);
    await post(followed, otherOpenGroup); // a group I am not in
    await post(stranger, null); // someone I do not follow

    const page = await feed(asMe, 'home');
    expect(idsOf(page)).toEqual([inSecret, mine, followedProfile, inMyGroup]);
    expect(page.nextCursor).toBeNull();
    expect(page.headCursor).toEqual(expect.any(String));
  });

  it("never shows closed or secret group posts to a non-member, in any feed", async () => {
    const secret = await post(me, secretGroup, { topic: 'budget' });
    const closed = await post(followed, closedGroup, { topic: 'budget' });
    const open = await post(followed, myGroup, { topic: 'budget' });

    const topic = await feed(asStranger, 'topics/budget');
    expect(idsOf(topic)).toEqual([open]);
    expect(idsOf(await feed(asMe, 'topics/%23Budget'))).toEqual([open, closed, secret]);
    expect(idsOf(await feed(asStranger, `people/${me.id}`))).not.toContain(secret);
    expect(idsOf(await feed(asStranger, `people/${followed.id}`))).not.toContain(closed);
    expect(idsOf(await feed(asStranger, 'home'))).toEqual(expect.not.arrayContaining([secret, closed, open]));
    for (const hidden of [secretGroup, closedGroup, '00000000-0000-4000-8000-000000000000', 'nope']) {
      const { body } = await api().get(`/api/feeds/groups/${hidden}`).set('Cookie', asStranger.cookie).expect(404);
      expect(body.code).toBe('GROUP_NOT_FOUND');
    }
    expect(idsOf(await feed(asStranger, `groups/${myGroup}`))).toContain(open);
  });

  it('leaves anonymous posts out of the person feed', async () => {
    const anonymous = await post(me, myGroup, { anonymous: true });
    expect(idsOf(await feed(asMe, `people/${me.id}`))).not.toContain(anonymous);
    expect(idsOf(await feed(asMe, `groups/${myGroup}`))).toContain(anonymous);
  });

  it('pages with keyset cursors: every post exactly once, in order', async () => {
    const all: string[] = [];
    let page = await feed(asMe, 'home', { limit: 3 });
    all.push(...idsOf(page));
    while (page.nextCursor) {
      page = await feed(asMe, 'home', { limit: 3, cursor: page.nextCursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      all.push(...idsOf(page));
    }
    const whole = await feed(asMe, 'home', { limit: 50 });
    expect(all).toEqual(idsOf(whole));
    expect(new Set(all).size).toBe(all.length);
  });

  it('catches up with `after`: only posts newer than the head cursor, newest first', async () => {
    const head = (await feed(asMe, 'home')).headCursor!;
    await expect(feed(asMe, 'home', { after: head })).resolves.toEqual({ items: [], nextCursor: null, headCursor: head });
    const first = await post(followed, myGroup);
    const second = await post(followed, null);
    const caughtUp = await feed(asMe, 'home', { after: head });
    expect(idsOf(caughtUp)).toEqual([second, first]);
    // A full page means there may be more: ask again from its head.
    const oneByOne = await feed(asMe, 'home', { after: head, limit: 1 });
    expect(idsOf(oneByOne)).toEqual([first]);
    expect(idsOf(await feed(asMe, 'home', { after: oneByOne.headCursor!, limit: 1 }))).toEqual([second]);
  });

  it('puts pinned posts first on the first page only, and excludes deleted posts', async () => {
    const pinned = await post(followed, myGroup, { pinned: true });
    const later = await post(followed, myGroup);
    const deleted = await post(followed, myGroup);
    await sql.query(`UPDATE posts SET deleted_at = now() WHERE id = $1`, [deleted]);

    const first = await feed(asMe, `groups/${myGroup}`, { limit: 2 });
    expect(idsOf(first).slice(0, 2)).toEqual([pinned, later]);
    const rest = await feed(asMe, `groups/${myGroup}`, { cursor: first.nextCursor!, limit: 50 });
    expect(idsOf(rest)).not.toContain(pinned);
    expect(idsOf(await feed(asMe, 'home'))[0]).toBe(pinned);
    for (const path of ['home', `groups/${myGroup}`, `people/${followed.id}`]) expect(idsOf(await feed(asMe, path, { limit: 50 }))).not.toContain(deleted);
  });

  it('answers 400 for a tampered cursor, a bad limit or a bad topic', async () => {
    const { body } = await api().get('/api/feeds/home').query({ cursor: 'bm90LWEtY3Vyc29y' }).set('Cookie', asMe.cookie).expect(400);
    expect(body.code).toBe('INVALID_CURSOR');
    await api().get('/api/feeds/home').query({ after: 'x%y' }).set('Cookie', asMe.cookie).expect(400);
    await api().get('/api/feeds/home').query({ limit: 51 }).set('Cookie', asMe.cookie).expect(400);
    await api().get('/api/feeds/topics/no spaces here').set('Cookie', asMe.cookie).expect(400);
  });

  it('selects the home feed with index scans, one LATERAL top-N per source (EXPLAIN)', async () => {
    // FEED_EXPLAIN=1 seeds a council-sized data set first and prints the plan with timings.
    if (process.env.FEED_EXPLAIN) await seedBulk(sql, me.id);
    await sql.query('ANALYZE');
    const explain = process.env.FEED_EXPLAIN ? 'EXPLAIN (ANALYZE, BUFFERS)' : 'EXPLAIN';
    const plan: { 'QUERY PLAN': string }[] = await sql.query(`${explain} ${homeSql()}`, [me.id, 21]);
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    if (process.env.FEED_EXPLAIN) console.log(text);
    expect(text).toMatch(/Limit/);
  });
});

/** The SQL the repository runs for a first home page, captured from a stand-in data source. */
function homeSql(): string {
  const captured: string[] = [];
  const stand = { query: async (sql: string) => (captured.push(sql), []) };
  void new FeedRepository(stand as unknown as DataSource).home('00000000-0000-4000-8000-000000000000', { direction: 'older', before: null, limit: 21 });
  return captured[0]!;
}

/** 2,000 people, 300 groups (me in 25), 200,000 posts over a year, 40 people followed. */
async function seedBulk(sql: DataSource, meId: string): Promise<void> {
  await sql.query(`INSERT INTO users (email, display_name, role, status) SELECT 'bulk' || i || '@northbridge.example', 'Bulk ' || i, 'member', 'active' FROM generate_series(1, 2000) i`);
  await sql.query(`INSERT INTO groups (slug, name, visibility) SELECT 'bulk-' || i, 'Bulk ' || i, (ARRAY['open','closed','secret'])[1 + i % 3] FROM generate_series(1, 300) i`);
  await sql.query(`INSERT INTO group_memberships (group_id, user_id) SELECT g.id, u.id FROM groups g JOIN users u ON u.email LIKE 'bulk%' WHERE random() < 0.02 ON CONFLICT DO NOTHING`);
  await sql.query(`INSERT INTO group_memberships (group_id, user_id) SELECT id, $1 FROM groups WHERE slug LIKE 'bulk-%' ORDER BY slug LIMIT 25`, [meId]);
  await sql.query(`INSERT INTO follows (follower_id, followee_id) SELECT $1, id FROM users WHERE email LIKE 'bulk%' ORDER BY email LIMIT 40`, [meId]);
  await sql.query(`
    WITH people AS (SELECT array_agg(id) AS ids FROM users WHERE email LIKE 'bulk%'), grps AS (SELECT array_agg(id) AS ids FROM groups WHERE slug LIKE 'bulk-%')
    INSERT INTO posts (group_id, author_id, body, created_at)
    SELECT CASE WHEN i % 4 = 0 THEN NULL ELSE grps.ids[1 + i % 300] END, people.ids[1 + (i * 7) % 2000], 'bulk',
           date_trunc('milliseconds', now() - (i || ' seconds')::interval * 150)
    FROM generate_series(1, 200000) i, people, grps`);
}
