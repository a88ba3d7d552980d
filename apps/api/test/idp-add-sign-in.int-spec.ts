import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { runCli } from '../src/cli/run-cli';
import { loadConfig } from '../src/config/load-config';
import { sessionCookieOf, signInThroughSaml } from './saml/saml-flow';
import { createTestIdp } from './saml/test-idp';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('an identity provider added with `idp:add` from standard metadata', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-idp-add-'));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('signs staff in end to end, and routes their email domain to it', async () => {
    const entra = await createTestIdp({ baseUrl: 'https://login.eastfield.example' });
    const metadataFile = path.join(dir, 'eastfield-idp.xml');
    fs.writeFileSync(metadataFile, entra.metadataXml);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, SEED_DEMO: 'false' }).withDatabaseUrl(database.url);
    let err = '';
    const code = await runCli(
      ['idp:add', '--slug', 'eastfield', '--metadata', metadataFile, '--domains', 'eastfield.example', '--name', 'Eastfield Council'],
      { out: { write: () => undefined }, err: { write: (text: string) => (err += text) } },
      { config },
    );
    expect({ code, err }).toEqual({ code: 0, err: '' });

    const discovered = await request(app.getHttpServer()).get('/api/auth/discover').query({ email: 'Dev.Kaur@Eastfield.example' }).expect(200);
    expect(discovered.body.provider).toEqual({ slug: 'eastfield', displayName: 'Eastfield Council', loginUrl: '/api/auth/saml/eastfield/login' });
    await request(app.getHttpServer()).get('/api/auth/discover').query({ email: 'someone@elsewhere.example' }).expect(404);
    const invalid = await request(app.getHttpServer()).get('/api/auth/discover').query({ email: 'not-an-email' }).expect(400);
    expect(invalid.body.errors).toEqual([{ field: 'email', messages: [expect.stringMatching(/email address/)] }]);

    const providers = await request(app.getHttpServer()).get('/api/auth/providers').expect(200);
    expect(providers.body.providers.map((provider: { slug: string }) => provider.slug)).toContain('eastfield');

    const response = await signInThroughSaml(app, entra, 'eastfield', { nameId: 'dev.kaur@eastfield.example', email: 'dev.kaur@eastfield.example', displayName: 'Dev Kaur' });
    expect(response.status).toBe(303);
    const me = await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', sessionCookieOf(response) ?? '').expect(200);
    expect(me.body).toMatchObject({ email: 'dev.kaur@eastfield.example', displayName: 'Dev Kaur' });
  });
});
