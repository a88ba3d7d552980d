import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HOUSE_RULES_ROUTES } from '../src/site-documents/house-rules-routes';
import { postsFixtures, type Person } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

// The documents are site-wide, so these tests run in order: nothing published, then v1, v2, v3.
describe('site documents: house rules, moderation policy and acceptance', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let admin: Person;
  let alice: Person;
  let bob: Person;
  const { api, person, group } = postsFixtures(() => app);

  const mustAccept = async (who: Person): Promise<boolean> => (await api(who).get('/auth/me').expect(200)).body.mustAcceptHouseRules;
  const publish = (who: Person, body: object, kind = 'house_rules') => api(who).post(`/site-documents/${kind}/versions`, body);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    admin = await person({ role: 'admin' });
    alice = await person();
    bob = await person();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('requires nothing while no version has been published: 404 for the document, writes allowed', async () => {
    expect((await api(alice).get('/site-documents/house_rules').expect(404)).body.code).toBe('SITE_DOCUMENT_NOT_FOUND');
    await api(alice).get('/site-documents/moderation_policy').expect(404);
    await api(alice).get('/site-documents/nonsense').expect(404);
    expect(await mustAccept(alice)).toBe(false);
    await api(alice).post('/groups', { name: 'Before any rules', type: 'open' }).expect(201);
    expect((await api(alice).get('/site-documents/house_rules/versions').expect(200)).body).toEqual({ items: [] });
  });

  it('lets only site admins publish and preview, and validates what they send', async () => {
    await publish(alice, { body: 'Be kind.', material: true }).expect(403);
    await api(alice).post('/site-documents/preview', { body: 'x' }).expect(403);
    const bad = await publish(admin, { body: '   ', material: 'yes', changeSummary: 'x'.repeat(501) }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['body', 'changeSummary', 'material']);
    await publish(admin, { body: 'x'.repeat(50_001), material: false }).expect(400);
    const preview = await api(admin).post('/site-documents/preview', { body: '**Bold** <script>alert(1)</script> [x](javascript:alert(1)) [y](https://gov.uk)' }).expect(200);
    expect(preview.body.html).toBe(
      '<p><strong>Bold</strong> &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) <a href="https://gov.uk" rel="noopener noreferrer nofollow">y</a></p>',
    );
    expect(await sql.query(`SELECT count(*)::int AS n FROM site_document_versions`)).toEqual([{ n: 0 }]);
  });

  it('publishes version 1 (always material), sanitised, audited; members then must accept before writing', async () => {
    const published = await publish(admin, { body: '# Rules\n\nBe kind. <img src=x onerror=alert(1)>', material: false, changeSummary: ' First. ' }).expect(201);
    expect(published.body).toMatchObject({ kind: 'house_rules', version: 1, material: true, changeSummary: 'First.', body: expect.stringContaining('Be kind.') });
    expect(published.body.bodyHtml).toBe('<h3>Rules</h3>\n<p>Be kind. &lt;img src=x onerror=alert(1)&gt;</p>');
    expect(published.body.publishedBy).toMatchObject({ id: admin.id });
    const audit = await sql.query(`SELECT actor_user_id AS "actor", target_type AS "type", details FROM audit_events WHERE action = 'site_document.publish'`);
    expect(audit).toEqual([{ actor: admin.id, type: 'site_document_version', details: { kind: 'house_rules', version: 1, material: true, changeSummary: 'First.' } }]);

    const view = await api(alice).get('/site-documents/house_rules').expect(200);
    expect(view.body).toMatchObject({ version: 1, body: null, acceptance: { acceptedVersion: null, mustAccept: true } });
    expect(await mustAccept(alice)).toBe(true);

    const refused = await api(alice).post('/groups', { name: 'Refused', type: 'open' }).expect(403);
    expect(refused.body.code).toBe('HOUSE_RULES_NOT_ACCEPTED');
    // Admins are asked too.
    expect((await api(admin).post('/groups', { name: 'Admin refused', type: 'open' }).expect(403)).body.code).toBe('HOUSE_RULES_NOT_ACCEPTED');
  });

  it('accepts only the current version (409 when stale), idempotently, keeping the evidence', async () => {
    await api(alice).post('/site-documents/house_rules/acceptances', { version: 'one' }).expect(400);
    const stale = await api(alice).post('/site-documents/house_rules/acceptances', { version: 2 }).expect(409);
    expect(stale.body.code).toBe('HOUSE_RULES_VERSION_NOT_CURRENT');
    await api(alice).post('/site-documents/house_rules/acceptances', { version: 1 }).expect(204);
    await api(alice).post('/site-documents/house_rules/acceptances', { version: 1 }).expect(204);
    const rows = await sql.query(`SELECT a.accepted_at FROM house_rules_acceptances a WHERE a.user_id = $1`, [alice.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].accepted_at).toBeInstanceOf(Date);
    expect(await mustAccept(alice)).toBe(false);
    expect((await api(alice).get('/site-documents/house_rules').expect(200)).body.acceptance).toEqual({ acceptedVersion: 1, mustAccept: false });
  });

  it('refuses posts, replies, edits, reports, new groups and joining until accepted, and allows them after', async () => {
    await api(admin).post('/site-documents/house_rules/acceptances', { version: 1 }).expect(204);
    const open = await group(admin, 'open', [{ person: alice }, { person: bob }]);
    const post = (await api(alice).post('/posts', { groupId: open.id, type: 'discussion', body: 'Hello' }).expect(201)).body;
    const refusals = await Promise.all([
      api(bob).post('/posts', { groupId: open.id, type: 'discussion', body: 'Hi' }),
      api(bob).post('/reports', { targetType: 'post', targetId: post.id, reason: 'spam' }),
      api(bob).post(`/posts/${post.id}/replies`, { body: 'Reply' }),
      api(bob).patch(`/posts/${post.id}`, { body: 'Edited' }),
      api(bob).post('/groups', { name: 'Bob group', type: 'open' }),
      api(bob).post(`/groups/${open.slug}/join`, {}),
    ]);
    expect(refusals.map((response) => [response.status, response.body.code])).toEqual(Array(6).fill([403, 'HOUSE_RULES_NOT_ACCEPTED']));
    // Every listed route is a real one: were a route renamed, its request would miss the guard (404) and fail here.
    for (const route of HOUSE_RULES_ROUTES) {
      const [method, pattern] = route.split(' ');
      const path = pattern.replace(/^\/api/, '').replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const response = await api(bob)[method.toLowerCase() as 'post' | 'patch'](path, {});
      expect([route, response.status, response.body.code]).toEqual([route, 403, 'HOUSE_RULES_NOT_ACCEPTED']);
    }
    // Reading and leaving are not content writes.
    await api(bob).get(`/posts/${post.id}`).expect(200);
    await api(bob).post(`/groups/${open.slug}/leave`, {}).expect((response) => expect(response.status).not.toBe(403));

    await api(bob).post('/site-documents/house_rules/acceptances', { version: 1 }).expect(204);
    expect((await api(bob).post(`/groups/${open.slug}/join`, {}).expect(200)).body).toEqual({ outcome: 'joined' });
    await api(bob).post(`/posts/${post.id}/replies`, { body: 'Reply' }).expect(201);
  });

  it('asks again after a material change but not after a non-material one', async () => {
    const minor = await publish(admin, { body: 'Be kind. Fixed a typo.', material: false, changeSummary: 'Typo' }).expect(201);
    expect(minor.body).toMatchObject({ version: 2, material: false });
    expect(await mustAccept(alice)).toBe(false);
    expect((await api(alice).get('/site-documents/house_rules').expect(200)).body.acceptance).toEqual({ acceptedVersion: 1, mustAccept: false });
    expect((await api(alice).post('/site-documents/house_rules/acceptances', { version: 1 }).expect(409)).body.code).toBe('HOUSE_RULES_VERSION_NOT_CURRENT');

    await publish(admin, { body: 'Be kind. New rule on personal data.', material: true, changeSummary: 'Personal data rule' }).expect(201);
    expect(await mustAccept(alice)).toBe(true);
    expect((await api(alice).post('/groups', { name: 'After v3', type: 'open' }).expect(403)).body.code).toBe('HOUSE_RULES_NOT_ACCEPTED');
    await api(alice).post('/site-documents/house_rules/acceptances', { version: 3 }).expect(204);
    expect(await mustAccept(alice)).toBe(false);
    await api(alice).post('/groups', { name: 'After v3', type: 'open' }).expect(201);
    expect(await sql.query(`SELECT count(*)::int AS n FROM house_rules_acceptances WHERE user_id = $1`, [alice.id])).toEqual([{ n: 2 }]);
  });

  it('shows the version history to everyone, with markdown source only for admins', async () => {
    const forMember = (await api(bob).get('/site-documents/house_rules/versions').expect(200)).body.items;
    expect(forMember.map((item: { version: number; material: boolean; body: string | null }) => [item.version, item.material, item.body])).toEqual([
      [3, true, null],
      [2, false, null],
      [1, true, null],
    ]);
    expect(forMember[0].changeSummary).toBe('Personal data rule');
    const forAdmin = (await api(admin).get('/site-documents/house_rules/versions').expect(200)).body.items;
    expect(forAdmin[0].body).toBe('Be kind. New rule on personal data.');
  });

  it('keeps the moderation policy separate: its own versions, never asking anyone to accept', async () => {
    const policy = await publish(admin, { body: 'Reports are seen by moderators.', material: true }, 'moderation_policy').expect(201);
    expect(policy.body).toMatchObject({ kind: 'moderation_policy', version: 1 });
    const view = (await api(alice).get('/site-documents/moderation_policy').expect(200)).body;
    expect(view).toMatchObject({ version: 1, bodyHtml: '<p>Reports are seen by moderators.</p>', acceptance: null });
    expect(await mustAccept(alice)).toBe(false);
  });

  it('keeps group rules: written by managers, validated, sanitised, shown to everyone who can see the group', async () => {
    const created = await api(alice)
      .post('/groups', { name: 'Rules group', type: 'open', houseRules: '1. Be kind <script>alert(1)</script>\n2. [Read](javascript:alert(1))' })
      .expect(201);
    expect(created.body.houseRulesHtml).toBe('<ol>\n<li>Be kind &lt;script&gt;alert(1)&lt;/script&gt;</li>\n<li>[Read](javascript:alert(1))</li>\n</ol>');
    const slug = created.body.slug;
    const updated = await api(alice).patch(`/groups/${slug}`, { houseRules: '**No** personal data.' }).expect(200);
    expect(updated.body).toMatchObject({ houseRules: '**No** personal data.', houseRulesHtml: '<p><strong>No</strong> personal data.</p>' });
    expect((await api(bob).get(`/groups/${slug}`).expect(200)).body.houseRulesHtml).toBe('<p><strong>No</strong> personal data.</p>');
    await api(bob).patch(`/groups/${slug}`, { houseRules: 'Mine now' }).expect(403);
    const tooLong = await api(alice).patch(`/groups/${slug}`, { houseRules: 'x'.repeat(10_001) }).expect(400);
    expect(tooLong.body.errors.map((error: { field: string }) => error.field)).toEqual(['houseRules']);
  });

  it('answers 401 to people who are not signed in', async () => {
    const server = app.getHttpServer();
    const supertest = (await import('supertest')).default;
    await supertest(server).get('/api/site-documents/house_rules').expect(401);
  });
});
