import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PostgresThrottlerStorage } from '../src/common/rate-limit/postgres-throttler-storage';
import { DEFAULT_RATE_LIMITS } from '../src/common/rate-limit/rate-limit-policy';
import { UserEntity } from '../src/users/user.entity';
import { createUser, signInAs, SignedIn } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

/** Two API instances on one database: the counters live in PostgreSQL, so they share every budget. */
describe('rate limiting', () => {
  let database: TestDatabase;
  let a: INestApplication;
  let b: INestApplication;
  let colleague: UserEntity;

  const follow = (app: INestApplication, as: SignedIn) =>
    request(app.getHttpServer()).put(`/api/people/${colleague.id}/follow`).set('Cookie', as.cookie).set('x-csrf-token', as.csrf);
  const search = (app: INestApplication, as: SignedIn) => request(app.getHttpServer()).get('/api/search?q=budget').set('Cookie', as.cookie);
  const signInStart = (app: INestApplication, ip: string) =>
    request(app.getHttpServer()).get('/api/auth/saml/no-such-idp/login').set('X-Forwarded-For', ip);

  /** Repeats `send` until it is refused; returns how many were allowed and the refusal. */
  async function untilRefused(send: () => request.Test, max: number): Promise<{ allowed: number; refused: request.Response }> {
    for (let allowed = 0; allowed <= max; allowed++) {
      const response = await send();
      if (response.status === 429) return { allowed, refused: response };
    }
    throw new Error(`not refused after ${max + 1} requests`);
  }

  function expectRefusal(refused: request.Response): void {
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(DEFAULT_RATE_LIMITS.windowMs / 1000);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(refused.body.message).toMatch(/wait \d+ seconds?/);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    // The real limits (under NODE_ENV=test they are scaled up for the other suites); client IPs from X-Forwarded-For.
    const env = { NODE_ENV: 'development', TRUST_PROXY: 'true' };
    a = await createTestApp(database, env);
    b = await createTestApp(database, env);
    colleague = await createUser(a);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  describe('writes', () => {
    it('answers 429 with Retry-After and a JSON error once a session exceeds its write budget', async () => {
      const busy = await signInAs(a, await createUser(a));
      const { allowed, refused } = await untilRefused(() => follow(a, busy), DEFAULT_RATE_LIMITS.writesPerSession);
      expect(allowed).toBe(DEFAULT_RATE_LIMITS.writesPerSession);
      expectRefusal(refused);
    });

    it('spends one budget across two API instances', async () => {
      const busy = await signInAs(a, await createUser(a));
      for (let i = 0; i < DEFAULT_RATE_LIMITS.writesPerSession; i++) await follow(i % 2 === 0 ? a : b, busy).expect(204);
      expectRefusal(await follow(a, busy));
      expectRefusal(await follow(b, busy));
    });

    it('gives each session its own budget within the person\'s larger one', async () => {
      const person = await createUser(a);
      const [first, second, third] = [await signInAs(a, person), await signInAs(a, person), await signInAs(a, person)];
      for (let i = 0; i < DEFAULT_RATE_LIMITS.writesPerSession; i++) await follow(a, first).expect(204);
      expectRefusal(await follow(a, first));

      // The second session starts fresh, but the person's budget runs out before its own does.
      const { allowed, refused } = await untilRefused(() => follow(b, second), DEFAULT_RATE_LIMITS.writesPerSession);
      expect(allowed).toBeGreaterThan(0);
      expect(allowed).toBeLessThan(DEFAULT_RATE_LIMITS.writesPerSession);
      expectRefusal(refused);
      expectRefusal(await follow(a, third));
    });

    it('keeps counting per person, not per address: a colleague on the same IP is unaffected', async () => {
      const other = await signInAs(a, await createUser(a));
      await follow(a, other).expect(204);
    });

    it('allows fewer uploads than other writes', async () => {
      const uploader = await signInAs(a, await createUser(a));
      const upload = () =>
        request(a.getHttpServer())
          .post('/api/attachments')
          .set('Cookie', uploader.cookie)
          .set('x-csrf-token', uploader.csrf)
          .attach('file', Buffer.from('notes'), 'notes.txt');
      for (let i = 0; i < DEFAULT_RATE_LIMITS.uploadsPerUser; i++) await upload().expect(201);
      expectRefusal(await upload());
      await follow(a, uploader).expect(204);
    });

    it('never limits ordinary reads', async () => {
      const reader = await signInAs(a, await createUser(a));
      for (let i = 0; i < DEFAULT_RATE_LIMITS.writesPerSession + 5; i++) await request(a.getHttpServer()).get('/api/auth/me').set('Cookie', reader.cookie).expect(200);
    });
  });

  describe('sign-in', () => {
    it('limits sign-in attempts per client IP (behind the trusted proxy), across instances', async () => {
      const ip = '203.0.113.7';
      for (let i = 0; i < DEFAULT_RATE_LIMITS.signInsPerIp; i++) await signInStart(i % 2 === 0 ? a : b, ip).expect(404);
      expectRefusal(await signInStart(a, ip));
      // The ACS shares the budget: a flood of SAML responses is refused before any is verified.
      expectRefusal(await request(b.getHttpServer()).post('/api/auth/saml/no-such-idp/acs').set('X-Forwarded-For', ip).send({ SAMLResponse: 'x' }));

      await signInStart(a, '203.0.113.8').expect(404);
    });
  });

  describe('search', () => {
    it('limits searches per session and per person, but never another person', async () => {
      const person = await createUser(a);
      const [first, second] = [await signInAs(a, person), await signInAs(a, person)];
      for (let i = 0; i < DEFAULT_RATE_LIMITS.searchesPerSession; i++) await search(i % 2 === 0 ? a : b, first).expect(200);
      expectRefusal(await search(a, first));
      expectRefusal(await request(b.getHttpServer()).get('/api/search/suggest?q=bud').set('Cookie', first.cookie));

      const { allowed, refused } = await untilRefused(() => search(b, second), DEFAULT_RATE_LIMITS.searchesPerSession);
      expect(allowed).toBeGreaterThan(0);
      expect(allowed).toBeLessThan(DEFAULT_RATE_LIMITS.searchesPerSession);
      expectRefusal(refused);

      await search(a, await signInAs(a, await createUser(a))).expect(200);
    });
  });

  it('removes finished windows from the shared table', async () => {
    const storage = a.get(PostgresThrottlerStorage);
    await storage.increment('test:short-window', 1, 10);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await storage.removeExpired()).toBeGreaterThan(0);
    const left = await a.get(DataSource).query(`SELECT 1 FROM rate_limit_counters WHERE key = 'test:short-window'`);
    expect(left).toEqual([]);
  });
});
