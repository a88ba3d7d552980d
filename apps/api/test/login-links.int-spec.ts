import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditActor } from '../src/audit/audit.service';
import { LoginLinkService } from '../src/auth/login-links/login-link.service';
import { hashToken } from '../src/auth/sessions/session-token';
import { UserEntity } from '../src/users/user.entity';
import { createUser } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

const CLI: AuditActor = { userId: null, label: 'cli:root@council-server' };

describe(LoginLinkService.name, () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sut: LoginLinkService;

  const api = () => request(app.getHttpServer());
  const pathOf = (url: string): string => new URL(url).pathname;
  const sessionCookie = (response: request.Response): string | undefined =>
    ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((cookie) => cookie.startsWith('moot_session='))?.split(';')[0];
  const audit = (action: string): Promise<{ actor_user_id: string | null; actor_label: string; outcome: string; details: Record<string, unknown> }[]> =>
    app.get(DataSource).query('SELECT actor_user_id, actor_label, outcome, details FROM audit_events WHERE action = $1 ORDER BY id', [action]);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sut = app.get(LoginLinkService);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('issues a 15-minute link for an active admin, storing only its hash', async () => {
    const admin = await createUser(app, { role: 'admin' });
    const before = Date.now();
    const link = await sut.issue(admin.email.toUpperCase(), CLI);
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/api\/auth\/login-link\/[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - before).toBeGreaterThan(14 * 60_000);
    expect(link.expiresAt.getTime() - before).toBeLessThanOrEqual(15 * 60_000 + 5_000);
    const token = link.url.split('/').pop() as string;
    const rows = await app.get(DataSource).query('SELECT token_hash, issued_by FROM login_links WHERE user_id = $1', [admin.id]);
    expect(rows).toEqual([{ token_hash: hashToken(token), issued_by: CLI.label }]);
    expect(await audit('auth.login_link_issue')).toContainEqual(expect.objectContaining({ actor_label: CLI.label, outcome: 'success' }));
  });

  it('signs the admin in once (303 to /), then answers 401 to the same link', async () => {
    const admin = await createUser(app, { role: 'admin' });
    const path = pathOf((await sut.issue(admin.email, CLI)).url);

    const first = await api().get(path).expect(303);
    expect(first.headers.location).toBe('/');
    expect(first.headers['cache-control']).toBe('no-store');
    const cookie = sessionCookie(first);
    expect(cookie).toBeDefined();
    const me = await api().get('/api/auth/me').set('Cookie', cookie as string).expect(200);
    expect(me.body).toMatchObject({ id: admin.id, role: 'admin' });
    expect(await audit('auth.sign_in')).toContainEqual(
      expect.objectContaining({ actor_user_id: admin.id, outcome: 'success', details: { method: 'login-link' } }),
    );

    const second = await api().get(path).set('Accept', 'application/json').expect(401);
    expect(second.body.code).toBe('AUTH_LOGIN_LINK_INVALID');
    expect(sessionCookie(second)).toBeUndefined();
  });

  it('lets only one of two simultaneous uses through', async () => {
    const admin = await createUser(app, { role: 'admin' });
    const path = pathOf((await sut.issue(admin.email, CLI)).url);
    const statuses = (await Promise.all([api().get(path), api().get(path), api().get(path)])).map((response) => response.status);
    expect(statuses.sort()).toEqual([303, 401, 401]);
  });

  it('shows a person\'s browser a readable page for a used link', async () => {
    const admin = await createUser(app, { role: 'admin' });
    const path = pathOf((await sut.issue(admin.email, CLI)).url);
    await api().get(path).expect(303);
    const page = await api().get(path).set('Accept', 'text/html,application/xhtml+xml').expect(401);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('We could not sign you in');
    expect(page.text).toContain('expired or been used already');
  });

  it('refuses an expired link (401)', async () => {
    const admin = await createUser(app, { role: 'admin' });
    const path = pathOf((await sut.issue(admin.email, CLI)).url);
    await app.get(DataSource).query(`UPDATE login_links SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [admin.id]);
    const response = await api().get(path).set('Accept', 'application/json').expect(401);
    expect(response.body.code).toBe('AUTH_LOGIN_LINK_INVALID');
  });

  it('refuses a made-up link (401) and audits the failed attempt', async () => {
    await api().get(`/api/auth/login-link/${'A'.repeat(43)}`).set('Accept', 'application/json').expect(401);
    await api().get('/api/auth/login-link/short').set('Accept', 'application/json').expect(401);
    expect(await audit('auth.sign_in')).toContainEqual(expect.objectContaining({ outcome: 'failure', actor_user_id: null }));
  });

  it('refuses a link whose admin has since lost the role (401)', async () => {
    const admin = await createUser(app, { role: 'admin' });
    const path = pathOf((await sut.issue(admin.email, CLI)).url);
    await app.get(DataSource).getRepository(UserEntity).update({ id: admin.id }, { role: 'member' });
    await api().get(path).set('Accept', 'application/json').expect(401);
  });

  it('will not issue a link for a member, a deactivated admin or an unknown address', async () => {
    const member = await createUser(app);
    const deactivated = await createUser(app, { role: 'admin', status: 'deactivated' });
    await expect(sut.issue(member.email, CLI)).rejects.toThrow(/is not a site admin/);
    await expect(sut.issue(deactivated.email, CLI)).rejects.toThrow(/is deactivated/);
    await expect(sut.issue('nobody@northbridge.example', CLI)).rejects.toThrow(/No one in Moot has the email address/);
    const rows = await app.get(DataSource).query('SELECT 1 FROM login_links WHERE user_id = ANY($1)', [[member.id, deactivated.id]]);
    expect(rows).toEqual([]);
    expect((await audit('auth.login_link_issue')).filter((row) => row.outcome === 'failure')).toHaveLength(3);
  });
});
