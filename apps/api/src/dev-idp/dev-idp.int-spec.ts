import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { CacheItem, CacheProvider, SAML, ValidateInResponseTo } from '@node-saml/passport-saml';
import express from 'express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../test/test-database';
import { AppConfig } from '../config/app-config';
import { AppConfigModule } from '../config/app-config.module';
import { loadConfig } from '../config/load-config';
import { DatabaseModule } from '../database/database.module';
import { parseIdpMetadata } from '../identity-providers/idp-metadata';
import { DevIdpModule } from './dev-idp.module';
import { DevIdpService } from './dev-idp.service';

const PUBLIC_URL = 'http://localhost:3999';
const ACS_URL = `${PUBLIC_URL}/api/auth/saml/dev/acs`;

class MemoryCacheProvider implements CacheProvider {
  private readonly items = new Map<string, CacheItem>();
  async saveAsync(key: string, value: string): Promise<CacheItem> {
    const item = { value, createdAt: Date.now() };
    this.items.set(key, item);
    return item;
  }
  async getAsync(key: string): Promise<string | null> {
    return this.items.get(key)?.value ?? null;
  }
  async removeAsync(key: string | null): Promise<string | null> {
    const value = key ? (this.items.get(key)?.value ?? null) : null;
    if (key) this.items.delete(key);
    return value;
  }
}

/** Only the dev IdP and what it needs, with the API's prefix and form parsing (the lead wires it into AppModule). */
async function createDevIdpApp(config: AppConfig): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppConfigModule.forRoot(config), DatabaseModule, DevIdpModule] }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  app.use(express.urlencoded({ extended: false }));
  app.setGlobalPrefix('api');
  await app.init();
  return app;
}

function hiddenValue(html: string, name: string): string | null {
  const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(html);
  return match ? match[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : null;
}

describe(DevIdpModule.name, () => {
  let database: TestDatabase;
  let config: AppConfig;
  let dataDir: string;
  let sut: INestApplication;
  let sp: SAML;
  const people = { alice: '', bob: '', gone: '' };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(path.join(tmpdir(), 'moot-dev-idp-int-'));
    config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SEED_DEMO: 'false', PUBLIC_URL }).withDatabaseUrl(database.url);
    sut = await createDevIdpApp(config);

    const dataSource = sut.get(DataSource);
    const [department] = await dataSource.query(`INSERT INTO departments (slug, name) VALUES ('dem', 'Democratic Services') RETURNING id`);
    const insert = async (email: string, displayName: string, status: string, jobTitle: string | null): Promise<string> => {
      const [row] = await dataSource.query(
        `INSERT INTO users (email, display_name, given_name, family_name, job_title, department_id, status)
         VALUES ($1, $2, 'Given', 'Family', $3, $4, $5) RETURNING id`,
        [email, displayName, jobTitle, department.id, status],
      );
      return row.id;
    };
    people.bob = await insert('bob@council.example', 'Bob <script>alert(1)</script>', 'active', null);
    people.alice = await insert('alice@council.example', 'Alice Smith', 'active', 'Committee Officer');
    people.gone = await insert('gone@council.example', 'Gone Person', 'deactivated', null);

    const metadata = parseIdpMetadata(await sut.get(DevIdpService).metadataXml());
    sp = new SAML({
      entryPoint: metadata.ssoUrl,
      callbackUrl: ACS_URL,
      issuer: `${PUBLIC_URL}/api/auth/saml/dev/metadata`,
      audience: `${PUBLIC_URL}/api/auth/saml/dev/metadata`,
      idpCert: metadata.signingCertificates,
      idpIssuer: metadata.entityId,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: false,
      validateInResponseTo: ValidateInResponseTo.always,
      cacheProvider: new MemoryCacheProvider(),
    });
  });

  afterAll(async () => {
    await sut?.close();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** What the browser fetches when Moot redirects it to the dev IdP. */
  async function ssoPath(relayState = ''): Promise<string> {
    const location = new URL(await sp.getAuthorizeUrlAsync(relayState, undefined, {}));
    return `${location.pathname}${location.search}`;
  }

  it('serves its metadata with the configured entity id and endpoints', async () => {
    const response = await request(sut.getHttpServer()).get('/api/dev-idp/metadata').expect(200);

    expect(response.headers['content-type']).toMatch(/application\/xml/);
    expect(parseIdpMetadata(response.text)).toMatchObject({
      entityId: `${PUBLIC_URL}/api/dev-idp/metadata`,
      ssoUrl: `${PUBLIC_URL}/api/dev-idp/sso`,
      sloUrl: `${PUBLIC_URL}/api/dev-idp/slo`,
    });
  });

  it('lists active people only, by name, as buttons in one form that carries the request', async () => {
    const path = await ssoPath('/groups');
    const response = await request(sut.getHttpServer()).get(path).expect(200);
    const html = response.text;

    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<h1>Development sign-in</h1>');
    expect(html).toContain('This is not a real identity provider.');
    expect(html.match(/<form /g)).toHaveLength(1);
    expect(html).toContain('<form method="post" action="/api/dev-idp/sso">');
    expect(hiddenValue(html, 'SAMLRequest')).toBe(new URL(path, PUBLIC_URL).searchParams.get('SAMLRequest'));
    expect(hiddenValue(html, 'RelayState')).toBe('/groups');
    expect(html.indexOf(`value="${people.alice}"`)).toBeLessThan(html.indexOf(`value="${people.bob}"`));
    expect(html).toContain('Committee Officer · Democratic Services');
    expect(html).not.toContain(people.gone);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('Bob &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script>|style="/);
  });

  it('signs the chosen person in: an auto-submitting form whose SAMLResponse Moot’s SP accepts', async () => {
    const choice = await request(sut.getHttpServer()).get(await ssoPath('/groups')).expect(200);

    const answer = await request(sut.getHttpServer())
      .post('/api/dev-idp/sso')
      .type('form')
      .send({ SAMLRequest: hiddenValue(choice.text, 'SAMLRequest'), RelayState: '/groups', userId: people.alice })
      .expect(200);

    expect(answer.text).toContain(`<form method="post" action="${ACS_URL}">`);
    expect(answer.text).toContain('<script src="/api/dev-idp/auto-submit.js"></script>');
    expect(answer.text).toMatch(/<button type="submit"[^>]*>Continue to Moot<\/button>/);
    expect(hiddenValue(answer.text, 'RelayState')).toBe('/groups');
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: hiddenValue(answer.text, 'SAMLResponse')! });
    expect(profile).toMatchObject({
      nameID: 'alice@council.example',
      email: 'alice@council.example',
      displayName: 'Alice Smith',
      givenName: 'Given',
      surname: 'Family',
      department: 'Democratic Services',
      jobTitle: 'Committee Officer',
    });
  });

  it('serves the auto-submit script as JavaScript', async () => {
    const response = await request(sut.getHttpServer()).get('/api/dev-idp/auto-submit.js').expect(200);

    expect(response.headers['content-type']).toMatch(/application\/javascript/);
    expect(response.text).toContain('form.submit()');
  });

  it('refuses a deactivated person (400), an unknown one (404) and a missing request (400) with plain pages', async () => {
    const samlRequest = hiddenValue((await request(sut.getHttpServer()).get(await ssoPath())).text, 'SAMLRequest');
    const post = (fields: Record<string, string>) => request(sut.getHttpServer()).post('/api/dev-idp/sso').type('form').send(fields);

    const inactive = await post({ SAMLRequest: samlRequest!, userId: people.gone }).expect(400);
    const unknown = await post({ SAMLRequest: samlRequest!, userId: 'not-a-uuid' }).expect(404);
    const missing = await request(sut.getHttpServer()).get('/api/dev-idp/sso').expect(400);

    expect(inactive.text).toContain('Gone Person is deactivated');
    expect(unknown.headers['content-type']).toMatch(/text\/html/);
    expect(unknown.text).toContain('<h1>Person not found</h1>');
    expect(missing.text).toContain('There is no SAMLRequest.');
    for (const page of [inactive.text, unknown.text, missing.text]) expect(page).not.toMatch(/ at .*\.ts:\d+/);
  });

  it('refuses a request whose ACS is not Moot’s dev ACS (400)', async () => {
    const otherSp = new SAML({ entryPoint: `${PUBLIC_URL}/api/dev-idp/sso`, callbackUrl: 'https://evil.example/acs', issuer: 'https://evil.example', idpCert: 'x' });
    const location = new URL(await otherSp.getAuthorizeUrlAsync('', undefined, {}));

    const response = await request(sut.getHttpServer()).get(`${location.pathname}${location.search}`).expect(400);

    expect(response.text).toContain('the request asks to answer at https://evil.example/acs');
  });

  it('answers single logout by sending the person back to Moot, and refuses a message that is not a LogoutRequest', async () => {
    const profile = { issuer: `${PUBLIC_URL}/api/dev-idp/metadata`, nameID: 'alice@council.example', nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', sessionIndex: '_s1' };
    const logoutUrl = new URL(await sp.getLogoutUrlAsync(profile, '', {}));

    const loggedOut = await request(sut.getHttpServer()).get(`/api/dev-idp/slo${logoutUrl.search}`).expect(302);
    const bare = await request(sut.getHttpServer()).get('/api/dev-idp/slo').expect(302);
    const wrongMessage = await request(sut.getHttpServer()).get(`/api/dev-idp/slo${new URL(await ssoPath(), PUBLIC_URL).search}`).expect(400);

    expect(loggedOut.headers.location).toBe(`${PUBLIC_URL}/sign-in?signedOut=1`);
    expect(bare.headers.location).toBe(`${PUBLIC_URL}/sign-in?signedOut=1`);
    expect(wrongMessage.text).toContain('must be a SAML 2.0 LogoutRequest, not AuthnRequest');
  });

  it('does not exist in production: every route answers 404', async () => {
    const production = await createDevIdpApp(new AppConfig({ ...config, nodeEnv: 'production' }));
    try {
      for (const route of ['/api/dev-idp/metadata', '/api/dev-idp/sso', '/api/dev-idp/auto-submit.js', '/api/dev-idp/slo']) {
        await request(production.getHttpServer()).get(route).expect(404);
      }
      await request(production.getHttpServer()).post('/api/dev-idp/sso').type('form').send({ userId: people.alice }).expect(404);
    } finally {
      await production.close();
    }
  });
});
