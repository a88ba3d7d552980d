import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SessionService } from '../src/auth/sessions/session.service';
import { createUser, signInAs } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('sessions', () => {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers /api/auth/me with 401 when signed out', async () => {
    const response = await request(app.getHttpServer()).get('/api/auth/me').expect(401);
    expect(response.body.code).toBe('AUTH_UNAUTHENTICATED');
  });

  it('answers /api/auth/me with the signed-in person', async () => {
    const user = await createUser(app, { displayName: 'Rhys Morgan', jobTitle: 'Democratic Services Officer' });
    const session = await signInAs(app, user);
    const response = await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', session.cookie).expect(200);
    expect(response.body).toEqual({
      id: user.id,
      email: user.email,
      displayName: 'Rhys Morgan',
      jobTitle: 'Democratic Services Officer',
      department: null,
      role: 'member',
      mustAcceptHouseRules: false,
    });
  });

  it('stores only a hash of the session token', async () => {
    const user = await createUser(app);
    const session = await signInAs(app, user);
    const rows = await app.get(DataSource).query('SELECT token_hash FROM sessions WHERE public_id = $1', [session.sessionPublicId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(session.token);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a state-changing request without the session\'s CSRF token, and accepts it with', async () => {
    const user = await createUser(app);
    const session = await signInAs(app, user);
    const missing = await request(app.getHttpServer()).post('/api/auth/logout').set('Cookie', session.cookie).expect(403);
    expect(missing.body.code).toBe('AUTH_CSRF_FAILED');
    await request(app.getHttpServer()).post('/api/auth/logout').set('Cookie', session.cookie).set('x-csrf-token', 'forged').expect(403);
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', session.cookie).expect(200);

    const signedOut = await request(app.getHttpServer())
      .post('/api/auth/logout')
      .set('Cookie', session.cookie)
      .set('x-csrf-token', session.csrf)
      .expect(200);
    expect(signedOut.body).toEqual({ redirectTo: '/sign-in?signedOut=1' });
    expect(([] as string[]).concat(signedOut.headers['set-cookie'] ?? []).join(';')).toMatch(/moot_session=;/);
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', session.cookie).expect(401);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const user = await createUser(app);
    const idle = await signInAs(app, user);
    const absolute = await signInAs(app, user);
    const dataSource = app.get(DataSource);
    await dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '9 hours' WHERE public_id = $1`, [idle.sessionPublicId]);
    await dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE public_id = $1`, [absolute.sessionPublicId]);
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', idle.cookie).expect(401);
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', absolute.cookie).expect(401);
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM sessions WHERE public_id = ANY($1)', [
      [idle.sessionPublicId, absolute.sessionPublicId],
    ]);
    expect(count).toBe(0);
  });

  it('ends every session of a deactivated person at once', async () => {
    const user = await createUser(app);
    const first = await signInAs(app, user);
    const second = await signInAs(app, user);
    await app.get(DataSource).query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [user.id]);
    await expect(app.get(SessionService).endAllForUser(user.id, 'deactivated')).resolves.toBe(2);
    await expect(app.get(SessionService).endAllForUser(user.id, 'deactivated')).resolves.toBe(0);
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', first.cookie).expect(401);
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', second.cookie).expect(401);
  });

  it('treats a session of a deactivated person as gone even before it is deleted', async () => {
    const user = await createUser(app);
    const session = await signInAs(app, user);
    await app.get(DataSource).query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [user.id]);
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', session.cookie).expect(401);
  });

  it('ignores garbage session cookies', async () => {
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', `moot_session=${'x'.repeat(500)}`).expect(401);
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', 'moot_session=').expect(401);
  });
});
