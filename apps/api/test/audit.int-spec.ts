import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditService } from '../src/audit/audit.service';
import { LoginLinkService } from '../src/auth/login-links/login-link.service';
import { UserEntity } from '../src/users/user.entity';
import { createUser, signInAs, SignedIn } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('audit log (admin search, CSV, append-only)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let admin: UserEntity;
  let asAdmin: SignedIn;
  let asMember: SignedIn;

  const get = (as: SignedIn, path: string) => request(app.getHttpServer()).get(`/api${path}`).set('Cookie', as.cookie);
  const search = async (params: Record<string, string>) =>
    (await get(asAdmin, `/admin/audit?${new URLSearchParams(params).toString()}`).expect(200)).body as {
      items: { id: string; action: string; actor: { label: string }; outcome: string; target: { type: string; id: string } | null }[];
      nextCursor: string | null;
    };
  const count = async (where: string, params: unknown[] = []) => Number((await sql.query(`SELECT count(*)::int AS n FROM audit_events WHERE ${where}`, params))[0].n);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    admin = await createUser(app, { role: 'admin', email: 'audit.admin@northbridge.example' });
    asAdmin = await signInAs(app, admin);
    asMember = await signInAs(app, await createUser(app));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('is for site admins only', async () => {
    for (const path of ['/admin/audit', '/admin/audit/actions', '/admin/audit.csv']) await get(asMember, path).expect(403);
    await request(app.getHttpServer()).get('/api/admin/audit').expect(401);
  });

  it('records security events: sign-in success and failure, and a group role change by its owner', async () => {
    const link = await app.get(LoginLinkService).issue(admin.email, { userId: null, label: 'cli:test' });
    await request(app.getHttpServer()).get(new URL(link.url).pathname).set('X-Forwarded-For', '198.51.100.4').expect(303);
    await request(app.getHttpServer()).get(`/api/auth/login-link/${'x'.repeat(43)}`).set('Accept', 'application/json').expect(401);

    const owner = await signInAs(app, await createUser(app));
    const colleague = await createUser(app);
    const write = (method: 'post' | 'patch', path: string, body: object) =>
      request(app.getHttpServer())[method](`/api${path}`).set('Cookie', owner.cookie).set('x-csrf-token', owner.csrf).send(body);
    const group = (await write('post', '/groups', { name: 'Audited roles', type: 'open' }).expect(201)).body;
    const asColleague = await signInAs(app, colleague);
    await request(app.getHttpServer()).post(`/api/groups/${group.id}/join`).set('Cookie', asColleague.cookie).set('x-csrf-token', asColleague.csrf).expect(200);
    await write('patch', `/groups/${group.id}/members/${colleague.id}`, { role: 'manager' }).expect(204);

    const signIns = await search({ action: 'auth.sign_in' });
    expect(signIns.items.map((item) => item.outcome).sort()).toEqual(['failure', 'success']);
    expect((await search({ action: 'auth.sign_in', outcome: 'failure' })).items).toEqual([
      expect.objectContaining({ actor: { userId: null, label: 'anonymous' }, outcome: 'failure' }),
    ]);
    const roleChange = await search({ action: 'group.change_role', targetType: 'group', targetId: group.id });
    expect(roleChange.items).toEqual([expect.objectContaining({ details: expect.objectContaining({ userId: colleague.id, from: 'member', to: 'manager' }) })]);
  });

  describe('search', () => {
    beforeAll(async () => {
      const audit = app.get(AuditService);
      await audit.record({ actor: { userId: null, label: 'scim:Entra ID' }, action: 'scim.user_create', target: { type: 'user', id: 'u-1' }, details: { email: 'new.starter@northbridge.example' } });
      await audit.record({ actor: { userId: admin.id, label: admin.email }, action: 'idp.update', target: { type: 'identity_provider', id: 'idp-9' }, origin: { ip: '192.0.2.77' } });
      // Five events at the very same instant: paging must neither skip nor repeat them.
      await sql.query(
        `INSERT INTO audit_events (actor_label, action, at, details) SELECT 'batch', 'test.same_instant', '2030-01-01T00:00:00.123456Z', jsonb_build_object('n', n) FROM generate_series(1, 5) n`,
      );
      await sql.query(`INSERT INTO audit_events (actor_label, action, at) VALUES ('old', 'test.dated', '2020-06-15T12:00:00Z'), ('older', 'test.dated', '2019-06-15T12:00:00Z')`);
    });

    it('filters by text in the actor, details, IP and target, case-insensitively and literally', async () => {
      expect((await search({ q: 'SCIM:entra' })).items.map((item) => item.action)).toEqual(['scim.user_create']);
      expect((await search({ q: 'new.starter@' })).items.map((item) => item.action)).toEqual(['scim.user_create']);
      expect((await search({ q: '192.0.2.77' })).items.map((item) => item.action)).toEqual(['idp.update']);
      expect((await search({ q: 'idp-9', actorId: admin.id })).items.map((item) => item.action)).toEqual(['idp.update']);
      expect((await search({ q: '%' })).items).toEqual([]);
    });

    it('filters by date range (from inclusive, to exclusive) and refuses a range that ends before it starts', async () => {
      const dated = await search({ action: 'test.dated', from: '2020-01-01', to: '2021-01-01' });
      expect(dated.items.map((item) => item.actor.label)).toEqual(['old']);
      const { body } = await get(asAdmin, '/admin/audit?from=2021-01-01&to=2020-01-01').expect(400);
      expect(body.errors).toEqual([{ field: 'to', messages: ['must not be before from'] }]);
      await get(asAdmin, '/admin/audit?from=yesterday').expect(400);
      await get(asAdmin, '/admin/audit?limit=0').expect(400);
      await get(asAdmin, '/admin/audit?limit=101').expect(400);
      await get(asAdmin, '/admin/audit?outcome=maybe').expect(400);
      await get(asAdmin, '/admin/audit?cursor=not-a-cursor').expect(400);
    });

    it('pages newest first with a keyset cursor, through rows recorded at the same instant', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof search>> = await search({ action: 'test.same_instant', limit: '2', ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(5);
      expect(seen).toEqual([...seen].sort((x, y) => Number(y) - Number(x)));
    });

    it('lists the recorded action names', async () => {
      const { body } = await get(asAdmin, '/admin/audit/actions').expect(200);
      expect(body.actions).toEqual(expect.arrayContaining(['auth.sign_in', 'idp.update', 'scim.user_create', 'test.dated']));
      expect(body.actions).toEqual([...body.actions].sort());
    });

    it('audits each search once (not each further page), and not inside its own results', async () => {
      const before = await count(`action = 'audit.view'`);
      const first = await search({ action: 'test.same_instant', limit: '2' });
      expect(first.items.every((item) => item.action === 'test.same_instant')).toBe(true);
      await search({ action: 'test.same_instant', limit: '2', cursor: first.nextCursor! });
      expect(await count(`action = 'audit.view'`)).toBe(before + 1);
      const [row] = await sql.query(`SELECT actor_user_id, details FROM audit_events WHERE action = 'audit.view' ORDER BY id DESC LIMIT 1`);
      expect(row).toEqual({ actor_user_id: admin.id, details: { filter: { action: 'test.same_instant' } } });
    });
  });

  describe('CSV download', () => {
    it('streams every matching row in batches, formula-safe, and records the export', async () => {
      await sql.query(`INSERT INTO audit_events (actor_label, action, details) SELECT 'bulk ' || n, 'test.bulk', '{}' FROM generate_series(1, 1203) n`);
      await app.get(AuditService).record({ actor: { userId: null, label: '=HYPERLINK("http://evil.example","x")' }, action: 'test.bulk', details: { note: '-2+3' } });

      const response = await get(asAdmin, '/admin/audit.csv?action=test.bulk').buffer(true).expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="moot-audit-\d{12}\.csv"$/);
      const lines = response.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(lines[0]).toBe('id,at,actor_user_id,actor,action,target_type,target_id,outcome,ip,user_agent,details');
      expect(lines).toHaveLength(1 + 1204);
      expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",test.bulk,`);
      expect(lines[1]).toContain(`"{""note"":""-2+3""}"`);
      expect(new Set(lines.slice(1).map((line) => line.split(',')[0])).size).toBe(1204);

      const [exported] = await sql.query(`SELECT actor_user_id, details FROM audit_events WHERE action = 'audit.export' ORDER BY id DESC LIMIT 1`);
      expect(exported).toEqual({ actor_user_id: admin.id, details: { filter: { action: 'test.bulk' }, format: 'csv' } });
    });

    it('answers a bad filter with a JSON 400, not a broken download', async () => {
      const before = await count(`action = 'audit.export'`);
      const { body } = await get(asAdmin, '/admin/audit.csv?from=2021-01-01&to=2020-01-01').expect(400);
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(await count(`action = 'audit.export'`)).toBe(before);
    });
  });

  describe('append-only', () => {
    it('refuses UPDATE, DELETE and TRUNCATE at the database level', async () => {
      const total = await count('true');
      await expect(sql.query(`UPDATE audit_events SET actor_label = 'someone else'`)).rejects.toThrow(/append-only \(UPDATE refused\)/);
      await expect(sql.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only \(DELETE refused\)/);
      await expect(sql.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
      expect(await count('true')).toBe(total);
      expect(await count(`actor_label = 'someone else'`)).toBe(0);
    });

    it('has no HTTP route that changes audit rows', async () => {
      const router = (app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router;
      const auditRoutes = router.stack.flatMap((layer) => (layer.route && /audit/i.test(layer.route.path) ? [layer.route] : []));
      expect(auditRoutes.map((route) => route.path).sort()).toEqual(['/api/admin/audit', '/api/admin/audit.csv', '/api/admin/audit/actions']);
      expect(auditRoutes.flatMap((route) => Object.keys(route.methods)).filter((method) => method !== 'get' && method !== 'head')).toEqual([]);
      const write = (method: 'put' | 'patch' | 'delete' | 'post') =>
        request(app.getHttpServer())[method]('/api/admin/audit').set('Cookie', asAdmin.cookie).set('x-csrf-token', asAdmin.csrf);
      for (const method of ['put', 'patch', 'delete', 'post'] as const) await write(method).expect(404);
    });
  });
});
