import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('HTTP application', () => {
  let database: TestDatabase;
  let sut: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    sut = await createTestApp(database);
  });

  afterAll(async () => {
    await sut?.close();
    await database?.drop();
  });

  it('reports health 200 with status ok and the database up', async () => {
    const response = await request(sut.getHttpServer()).get('/api/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.details.database.status).toBe('up');
  });

  it('answers an unknown /api route with a JSON 404, not an HTML page', async () => {
    const response = await request(sut.getHttpServer()).get('/api/no-such-thing?x=1').expect(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: 'There is nothing at GET /api/no-such-thing.' });
  });

  it('answers a malformed JSON body with a JSON 400 naming the problem', async () => {
    const response = await request(sut.getHttpServer())
      .post('/api/site')
      .set('content-type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.body.code).toBe('MALFORMED_BODY');
    expect(response.body.message).toMatch(/not valid JSON/);
  });

  it('refuses a body over the limit with a JSON 413', async () => {
    const response = await request(sut.getHttpServer())
      .post('/api/site')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sets security headers and a request id, keeping a sane incoming one', async () => {
    const generated = await request(sut.getHttpServer()).get('/api/site').expect(200);
    expect(generated.headers['x-content-type-options']).toBe('nosniff');
    expect(generated.headers['content-security-policy']).toContain("default-src 'self'");
    expect(generated.headers['x-powered-by']).toBeUndefined();
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const kept = await request(sut.getHttpServer()).get('/api/site').set('x-request-id', 'lb-1234').expect(200);
    expect(kept.headers['x-request-id']).toBe('lb-1234');
    const replaced = await request(sut.getHttpServer()).get('/api/site').set('x-request-id', '<script>').expect(200);
    expect(replaced.headers['x-request-id']).not.toBe('<script>');
  });

  it('publishes the OpenAPI document', async () => {
    const response = await request(sut.getHttpServer()).get('/api/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/site']));
  });

  it('tells the web app the site name, and that development sign-in is off until the dev IdP is registered', async () => {
    const response = await request(sut.getHttpServer()).get('/api/site').expect(200);
    expect(response.body).toEqual({ siteName: 'Moot', devIdpEnabled: false });
  });
});

describe('HTTP application when the database goes away', () => {
  it('reports health 503 with status error', async () => {
    const database = await createTestDatabase();
    const sut = await createTestApp(database);
    try {
      await request(sut.getHttpServer()).get('/api/health').expect(200);
      await database.drop();
      const response = await request(sut.getHttpServer()).get('/api/health').expect(503);
      expect(response.body.status).toBe('error');
      expect(response.body.details.database.status).toBe('down');
    } finally {
      await sut.close().catch(() => undefined);
    }
  });
});
