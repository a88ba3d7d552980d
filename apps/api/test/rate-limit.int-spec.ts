import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DEFAULT_RATE_LIMITS } from '../src/common/rate-limit/rate-limit-policy';
import { UserEntity } from '../src/users/user.entity';
import { createUser, signInAs, SignedIn } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('rate limiting of writes', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let colleague: UserEntity;

  const api = () => request(app.getHttpServer());
  const follow = (as: SignedIn) => api().put(`/api/people/${colleague.id}/follow`).set('Cookie', as.cookie).set('x-csrf-token', as.csrf);

  beforeAll(async () => {
    database = await createTestDatabase();
    // The real limits: under NODE_ENV=test they are scaled up for the other suites.
    app = await createTestApp(database, { NODE_ENV: 'development' });
    colleague = await createUser(app);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers 429 with Retry-After and a JSON error once one person exceeds the write budget', async () => {
    const busy = await signInAs(app, await createUser(app));
    for (let i = 0; i < DEFAULT_RATE_LIMITS.writesPerWindow; i++) await follow(busy).expect(204);

    const refused = await follow(busy).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(DEFAULT_RATE_LIMITS.windowMs / 1000);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(refused.body.message).toMatch(/wait \d+ seconds?/);
  });

  it('keeps counting per person, not per address: a colleague on the same IP is unaffected', async () => {
    const other = await signInAs(app, await createUser(app));
    await follow(other).expect(204);
  });

  it('allows fewer uploads than other writes', async () => {
    const uploader = await signInAs(app, await createUser(app));
    const upload = () =>
      api().post('/api/attachments').set('Cookie', uploader.cookie).set('x-csrf-token', uploader.csrf).attach('file', Buffer.from('notes'), 'notes.txt');
    for (let i = 0; i < DEFAULT_RATE_LIMITS.uploadsPerWindow; i++) await upload().expect(201);
    const { body, headers } = await upload().expect(429);
    expect([body.code, Number(headers['retry-after']) > 0]).toEqual(['RATE_LIMITED', true]);
    await follow(uploader).expect(204);
  });

  it('never limits reads', async () => {
    const reader = await signInAs(app, await createUser(app));
    for (let i = 0; i < DEFAULT_RATE_LIMITS.writesPerWindow + 5; i++) await api().get('/api/auth/me').set('Cookie', reader.cookie).expect(200);
  });
});
