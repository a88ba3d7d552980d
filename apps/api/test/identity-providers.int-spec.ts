import { INestApplication } from '@nestjs/common';
import { generate } from 'selfsigned';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SessionService } from '../src/auth/sessions/session.service';
import { createUser, signInAs, SignedIn } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

const DAY_MS = 86_400_000;

async function certificatePem(commonName: string, validDays = 365): Promise<string> {
  const notBeforeDate = new Date(Date.now() - DAY_MS);
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(Date.now() + validDays * DAY_MS),
  });
  return pems.cert;
}

const body = (pem: string): string => pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');

/** SAML metadata of an IdP at `host`, as Entra ID or ADFS would publish it. */
function idpMetadata(host: string, certificates: string[]): string {
  const keys = certificates
    .map((pem) => `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${body(pem)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`)
    .join('');
  return `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://${host}/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    ${keys}
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://${host}/saml/slo"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://${host}/saml/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
}

describe('admin: identity providers', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let admin: SignedIn;
  let adminId: string;
  let member: SignedIn;
  let cert: string;
  let metadata: string;

  const api = () => request(app.getHttpServer());
  const asAdmin = {
    get: (path: string) => api().get(path).set('Cookie', admin.cookie),
    post: (path: string, payload: object) => api().post(path).set('Cookie', admin.cookie).set('x-csrf-token', admin.csrf).send(payload),
    patch: (path: string, payload: object) => api().patch(path).set('Cookie', admin.cookie).set('x-csrf-token', admin.csrf).send(payload),
    put: (path: string, payload: object) => api().put(path).set('Cookie', admin.cookie).set('x-csrf-token', admin.csrf).send(payload),
    delete: (path: string) => api().delete(path).set('Cookie', admin.cookie).set('x-csrf-token', admin.csrf),
  };
  const auditActions = async (targetId: string): Promise<{ action: string; actor_user_id: string | null }[]> =>
    app.get(DataSource).query('SELECT action, actor_user_id FROM audit_events WHERE target_id = $1 ORDER BY id', [targetId]);
  let counter = 0;
  const create = (overrides: object = {}) =>
    asAdmin.post('/api/admin/identity-providers', { slug: `council-${++counter}`, displayName: 'A council', metadataXml: metadata, ...overrides });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { PUBLIC_URL: 'http://moot.northshire.example' });
    const adminUser = await createUser(app, { role: 'admin' });
    adminId = adminUser.id;
    admin = await signInAs(app, adminUser);
    member = await signInAs(app, await createUser(app));
    cert = await certificatePem('login.northshire.example');
    metadata = idpMetadata('login.northshire.example', [cert]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('connects an IdP from its metadata and answers with the SP settings and certificate expiry', async () => {
    const response = await create({ slug: 'northshire', displayName: 'Northshire County Council', emailDomains: ['Northshire.GOV.uk', 'schools.northshire.gov.uk'] }).expect(201);
    expect(response.body).toMatchObject({
      slug: 'northshire',
      displayName: 'Northshire County Council',
      entityId: 'https://login.northshire.example/saml',
      ssoUrl: 'https://login.northshire.example/saml/sso',
      sloUrl: 'https://login.northshire.example/saml/slo',
      emailDomains: ['northshire.gov.uk', 'schools.northshire.gov.uk'],
      jitProvisioning: true,
      allowUnsolicited: false,
      enabled: true,
      serviceProvider: {
        entityId: 'http://moot.northshire.example/api/auth/saml/northshire/metadata',
        acsUrl: 'http://moot.northshire.example/api/auth/saml/northshire/acs',
        sloUrl: 'http://moot.northshire.example/api/auth/saml/northshire/slo',
        metadataUrl: 'http://moot.northshire.example/api/auth/saml/northshire/metadata',
      },
      testSignInUrl: '/api/auth/saml/northshire/login?returnTo=/',
    });
    expect(response.body.certificates).toHaveLength(1);
    expect(response.body.certificates[0]).toMatchObject({ subject: 'CN=login.northshire.example', expiresSoon: false, expired: false });
    expect(response.body.certificates[0].daysRemaining).toBeGreaterThanOrEqual(363);
    expect(response.body).not.toHaveProperty('metadataXml');
    await expect(auditActions(response.body.id)).resolves.toEqual([{ action: 'idp.create', actor_user_id: adminId }]);

    const listed = await asAdmin.get('/api/admin/identity-providers').expect(200);
    expect(listed.body.identityProviders.map((idp: { slug: string }) => idp.slug)).toContain('northshire');
    const one = await asAdmin.get(`/api/admin/identity-providers/${response.body.id}`).expect(200);
    expect(one.body.certificates[0].notAfter).toBe(response.body.certificates[0].notAfter);

    const signIn = await api().get(response.body.testSignInUrl).expect(302);
    expect(signIn.headers.location).toMatch(/^https:\/\/login\.northshire\.example\/saml\/sso\?SAMLRequest=/);
  });

  it.each([
    ['text that is not XML', () => 'not <xml', /not well-formed XML/],
    ['metadata without a signing certificate', () => idpMetadata('idp.example', []), /No signing certificate/],
    ['an SSO URL over plain http', () => idpMetadata('idp.example', [cert]).replace('https://idp.example/saml/sso', 'http://idp.example/saml/sso'), /must use https/],
  ])('refuses %s with 400 and the reason', async (_what, metadataXml, reason) => {
    const response = await create({ metadataXml: metadataXml() }).expect(400);
    expect(response.body.code).toBe('IDP_INVALID_METADATA');
    expect(response.body.message).toMatch(reason);
    expect(response.body.errors).toEqual([{ field: 'metadataXml', messages: [expect.stringMatching(reason)] }]);
  });

  it('refuses a certificate in the metadata that is not X.509', async () => {
    const response = await create({ metadataXml: idpMetadata('idp.example', ['aGVsbG8gd29ybGQ=']) }).expect(400);
    expect(response.body.code).toBe('IDP_INVALID_METADATA');
    expect(response.body.message).toMatch(/signing certificate 1 is not a valid X\.509 certificate/);
  });

  it('answers invalid fields with 400 and a message for each field', async () => {
    const response = await create({
      slug: '-Bad Slug',
      displayName: '',
      emailDomains: ['not a domain'],
      attributeMapping: { email: 'x'.repeat(257), shoeSize: 'size' },
      jitProvisioning: 'yes',
    }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['slug', 'displayName', 'emailDomains', 'attributeMapping.email', 'attributeMapping.shoeSize', 'jitProvisioning']));
  });

  it('keeps the slug "dev" for the built-in development IdP', async () => {
    const response = await create({ slug: 'dev' }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'slug', messages: [expect.stringMatching(/reserved/)] }]);
  });

  it('refuses a slug that is taken (409)', async () => {
    await create({ slug: 'taken' }).expect(201);
    const response = await create({ slug: 'taken' }).expect(409);
    expect(response.body.code).toBe('IDP_SLUG_TAKEN');
  });

  it('refuses an email domain another IdP already signs people in for (409)', async () => {
    await create({ emailDomains: ['eastfield.gov.uk'] }).expect(201);
    const response = await create({ emailDomains: ['westfield.gov.uk', 'EASTFIELD.gov.uk'] }).expect(409);
    expect(response.body.code).toBe('IDP_DOMAIN_CLAIMED');
    expect(response.body.message).toContain('eastfield.gov.uk');
  });

  it('is for admins only: 401 without a session, 403 for a member, 403 without the CSRF header', async () => {
    const payload = { slug: 'nope', displayName: 'Nope', metadataXml: metadata };
    await api().get('/api/admin/identity-providers').expect(401);
    await api().post('/api/admin/identity-providers').send(payload).expect(401);
    const forbidden = await api().get('/api/admin/identity-providers').set('Cookie', member.cookie).expect(403);
    expect(forbidden.body.code).toBe('AUTH_FORBIDDEN');
    await api().post('/api/admin/identity-providers').set('Cookie', member.cookie).set('x-csrf-token', member.csrf).send(payload).expect(403);
    const noCsrf = await api().post('/api/admin/identity-providers').set('Cookie', admin.cookie).send(payload).expect(403);
    expect(noCsrf.body.code).toBe('AUTH_CSRF_FAILED');
    await asAdmin.get('/api/admin/identity-providers/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('updates settings, disables (its sign-in then answers 404) and enables again, auditing each', async () => {
    const created = (await create({ slug: 'southdown' }).expect(201)).body;
    const path = `/api/admin/identity-providers/${created.id}`;
    const updated = await asAdmin
      .patch(path, { displayName: 'Southdown District Council', emailDomains: ['southdown.gov.uk'], attributeMapping: { department: 'dept' }, jitProvisioning: false })
      .expect(200);
    expect(updated.body).toMatchObject({ displayName: 'Southdown District Council', emailDomains: ['southdown.gov.uk'], attributeMapping: { department: 'dept' }, jitProvisioning: false });

    await asAdmin.patch(path, { enabled: false }).expect(200);
    const refused = await api().get('/api/auth/saml/southdown/login?returnTo=/').expect(404);
    expect(refused.body.code).toBe('AUTH_UNKNOWN_IDP');
    await asAdmin.patch(path, { enabled: true }).expect(200);
    await api().get('/api/auth/saml/southdown/login?returnTo=/').expect(302);

    const actions = (await auditActions(created.id)).map((row) => row.action);
    expect(actions).toEqual(['idp.create', 'idp.update', 'idp.disable', 'idp.enable']);
  });

  it('signs out everyone an identity provider signed in when it is disabled, and when it is deleted', async () => {
    const created = (await create({ slug: 'leaky' }).expect(201)).body;
    const sessions = app.get(SessionService);
    const staff = await createUser(app);
    const viaIdp = await sessions.create({ userId: staff.id, method: 'saml', identityProviderId: created.id });
    const viaLink = await sessions.create({ userId: staff.id, method: 'login-link' });
    const me = (token: string) => api().get('/api/auth/me').set('Cookie', `moot_session=${token}`);
    await me(viaIdp.token).expect(200);

    await asAdmin.patch(`/api/admin/identity-providers/${created.id}`, { enabled: false }).expect(200);
    await me(viaIdp.token).expect(401);
    await me(viaLink.token).expect(200);
    const [disabled] = await app.get(DataSource).query(`SELECT details FROM audit_events WHERE action = 'idp.disable' AND target_id = $1`, [created.id]);
    expect(disabled.details).toMatchObject({ sessionsEnded: 1 });

    const again = await sessions.create({ userId: staff.id, method: 'saml', identityProviderId: created.id });
    await api().delete(`/api/admin/identity-providers/${created.id}`).set('Cookie', admin.cookie).set('x-csrf-token', admin.csrf).expect(204);
    await me(again.token).expect(401);
  });

  it('re-imports metadata, and sets the two signing certificates for a rotation', async () => {
    const created = (await create({ slug: 'rotating' }).expect(201)).body;
    const path = `/api/admin/identity-providers/${created.id}`;
    const next = await certificatePem('next.rotating.example', 10);
    const reimported = await asAdmin.patch(path, { metadataXml: idpMetadata('new-login.rotating.example', [cert]) }).expect(200);
    expect(reimported.body.entityId).toBe('https://new-login.rotating.example/saml');

    const both = await asAdmin.put(`${path}/certificates`, { certificates: [cert, body(next)] }).expect(200);
    expect(both.body.certificates.map((c: { subject: string }) => c.subject)).toEqual(['CN=login.northshire.example', 'CN=next.rotating.example']);
    expect(both.body.certificates[1]).toMatchObject({ expiresSoon: true, expired: false });

    const invalid = await asAdmin.put(`${path}/certificates`, { certificates: [cert, 'not a certificate'] }).expect(400);
    expect(invalid.body).toMatchObject({ code: 'IDP_INVALID_CERTIFICATE', errors: [{ field: 'certificates.1' }] });
    const tooMany = await asAdmin.put(`${path}/certificates`, { certificates: [cert, cert, cert] }).expect(400);
    expect(tooMany.body.code).toBe('VALIDATION_FAILED');
    await asAdmin.put(`${path}/certificates`, { certificates: [] }).expect(400);
    expect((await auditActions(created.id)).map((row) => row.action)).toEqual(['idp.create', 'idp.update', 'idp.update']);
  });

  it('documents the admin endpoints in OpenAPI', async () => {
    const document = await api().get('/api/docs-json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/admin/identity-providers', '/api/admin/identity-providers/{id}', '/api/admin/identity-providers/{id}/certificates', '/api/auth/login-link/{token}']),
    );
  });

  it('deletes an IdP (then 404) and audits it', async () => {
    const created = (await create({ slug: 'short-lived' }).expect(201)).body;
    await asAdmin.delete(`/api/admin/identity-providers/${created.id}`).expect(204);
    await asAdmin.get(`/api/admin/identity-providers/${created.id}`).expect(404);
    await asAdmin.delete(`/api/admin/identity-providers/${created.id}`).expect(404);
    expect((await auditActions(created.id)).map((row) => row.action)).toEqual(['idp.create', 'idp.delete']);
  });
});
