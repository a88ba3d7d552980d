import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUser, signInAs, SignedIn } from './factories';
import { ENTERPRISE, GROUP_SCHEMA, issueScimToken, patchOp, SCIM_JSON, scimCall, scimUser } from './scim/scim-client';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

describe('SCIM 2.0 provisioning', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let admin: SignedIn;
  let token: string;

  const scim = (method: Parameters<typeof scimCall>[2], path: string, body?: unknown) => scimCall(app, token, method, path, body);
  const createScimUser = async (overrides: Record<string, unknown> = {}) => (await scim('post', '/Users', scimUser(overrides)).expect(201)).body;
  const sql = <T = Record<string, unknown>>(query: string, parameters: unknown[] = []): Promise<T[]> => app.get(DataSource).query(query, parameters);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    admin = await signInAs(app, await createUser(app, { role: 'admin', email: 'it.admin@northbridge.example' }));
    token = (await issueScimToken(app, admin, 'Entra ID')).token;
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  describe('tokens', () => {
    it('issues a token shown once, and lists tokens by prefix without the secret', async () => {
      const issued = await issueScimToken(app, admin, 'Okta');
      expect(issued.token).toMatch(/^scim_[A-Za-z0-9_-]{43}$/);
      const list = await request(app.getHttpServer()).get('/api/admin/scim-tokens').set('Cookie', admin.cookie).expect(200);
      const listed = list.body.find((row: { id: string }) => row.id === issued.id);
      expect(listed).toEqual({ id: issued.id, name: 'Okta', prefix: issued.token.slice(0, 12), createdAt: expect.any(String), lastUsedAt: null, revokedAt: null });
      expect(JSON.stringify(list.body)).not.toContain(issued.token);
      const [row] = await sql<{ token_hash: string }>('SELECT token_hash FROM scim_tokens WHERE id = $1', [issued.id]);
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('refuses to issue a token without the CSRF header, to a non-admin, or with an empty name', async () => {
      await request(app.getHttpServer()).post('/api/admin/scim-tokens').set('Cookie', admin.cookie).send({ name: 'x' }).expect(403);
      const member = await signInAs(app, await createUser(app));
      await request(app.getHttpServer()).post('/api/admin/scim-tokens').set('Cookie', member.cookie).set('x-csrf-token', member.csrf).send({ name: 'x' }).expect(403);
      const invalid = await request(app.getHttpServer())
        .post('/api/admin/scim-tokens')
        .set('Cookie', admin.cookie)
        .set('x-csrf-token', admin.csrf)
        .send({ name: '  ' })
        .expect(400);
      expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    });

    it('answers a missing or wrong token with 401, a SCIM error and WWW-Authenticate', async () => {
      const missing = await request(app.getHttpServer()).get('/scim/v2/Users').expect(401);
      expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(missing.headers['content-type']).toContain(SCIM_JSON);
      expect(missing.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: '401' });
      await scimCall(app, 'scim_not-a-real-token', 'get', '/Users').expect(401);
    });

    it('refuses a token once it is revoked, and records when a token was last used', async () => {
      const issued = await issueScimToken(app, admin, 'Short-lived');
      await scimCall(app, issued.token, 'get', '/Users').expect(200);
      const [used] = await sql<{ last_used_at: Date | null }>('SELECT last_used_at FROM scim_tokens WHERE id = $1', [issued.id]);
      expect(used.last_used_at).toBeInstanceOf(Date);

      await request(app.getHttpServer()).delete(`/api/admin/scim-tokens/${issued.id}`).set('Cookie', admin.cookie).set('x-csrf-token', admin.csrf).expect(204);
      const refused = await scimCall(app, issued.token, 'get', '/Users').expect(401);
      expect(refused.body.schemas).toEqual([ERROR_SCHEMA]);
    });

    it('answers revoking an unknown token with 404', async () => {
      await request(app.getHttpServer())
        .delete('/api/admin/scim-tokens/00000000-0000-4000-8000-000000000000')
        .set('Cookie', admin.cookie)
        .set('x-csrf-token', admin.csrf)
        .expect(404);
    });
  });

  describe('Users', () => {
    it('creates a user: 201, Location, scim+json, userName lower-cased', async () => {
      const sent = scimUser({ title: 'Planning Officer', [ENTERPRISE]: { department: 'Planning' } });
      const response = await scim('post', '/Users', sent).expect(201);
      expect(response.headers['content-type']).toContain(SCIM_JSON);
      expect(response.headers.location).toBe(`http://localhost:3000/scim/v2/Users/${response.body.id}`);
      expect(response.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        userName: String(sent.userName).toLowerCase(),
        externalId: sent.externalId,
        active: true,
        title: 'Planning Officer',
        [ENTERPRISE]: { department: 'Planning' },
        meta: { resourceType: 'User', location: response.headers.location },
      });
      const [row] = await sql('SELECT email, status, job_title FROM users WHERE id = $1', [response.body.id]);
      expect(row).toEqual({ email: String(sent.userName).toLowerCase(), status: 'active', job_title: 'Planning Officer' });
      await scim('get', `/Users/${response.body.id}`).expect(200);
    });

    it('refuses a second user with the same userName (any case) with 409 uniqueness', async () => {
      const created = await createScimUser();
      const duplicate = await scim('post', '/Users', scimUser({ userName: created.userName.toUpperCase() })).expect(409);
      expect(duplicate.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: '409', scimType: 'uniqueness' });
    });

    it('refuses a userName that is not an email address, and a body that is not an object', async () => {
      const invalid = await scim('post', '/Users', scimUser({ userName: 'jsmith' })).expect(400);
      expect(invalid.body).toMatchObject({ status: '400', scimType: 'invalidValue' });
      const notObject = await scim('post', '/Users', ['x']).expect(400);
      expect(notObject.body.scimType).toBe('invalidSyntax');
    });

    it('answers malformed JSON with a SCIM 400 (invalidSyntax), not 500', async () => {
      const response = await request(app.getHttpServer())
        .post('/scim/v2/Users')
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', SCIM_JSON)
        .send('{"userName": ')
        .expect(400);
      expect(response.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '400', scimType: 'invalidSyntax' });
    });

    it('answers an unknown SCIM route with a SCIM 404', async () => {
      const response = await request(app.getHttpServer()).get('/scim/v2/Nope').set('Authorization', `Bearer ${token}`).expect(404);
      expect(response.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    });

    it('answers an unknown or malformed id with a SCIM 404', async () => {
      const unknown = await scim('get', '/Users/00000000-0000-4000-8000-000000000000').expect(404);
      expect(unknown.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: '404' });
      await scim('get', '/Users/not-a-uuid').expect(404);
    });

    it('finds a user by userName (case-insensitive) and by externalId', async () => {
      const created = await createScimUser();
      const byUserName = await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${created.userName.toUpperCase()}"`)}`).expect(200);
      expect(byUserName.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, startIndex: 1, itemsPerPage: 1 });
      expect(byUserName.body.Resources[0].id).toBe(created.id);
      const byExternalId = await scim('get', `/Users?filter=${encodeURIComponent(`externalId eq "${created.externalId}"`)}`).expect(200);
      expect(byExternalId.body.Resources.map((user: { id: string }) => user.id)).toEqual([created.id]);
      const none = await scim('get', `/Users?filter=${encodeURIComponent('userName eq "nobody@northbridge.example"')}`).expect(200);
      expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
    });

    it.each([['userName co "a"'], ['title eq "x"'], ['userName eq unquoted'], ['userName eq "a" or userName eq "b"']])(
      'refuses the filter %s with 400 invalidFilter',
      async (filter) => {
        const response = await scim('get', `/Users?filter=${encodeURIComponent(filter)}`).expect(400);
        expect(response.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: '400', scimType: 'invalidFilter' });
      },
    );

    it('pages with startIndex and count', async () => {
      for (let index = 0; index < 3; index += 1) await createScimUser();
      const total = (await scim('get', '/Users?count=0').expect(200)).body.totalResults as number;
      expect(total).toBeGreaterThanOrEqual(4);
      const first = await scim('get', '/Users?startIndex=1&count=2').expect(200);
      const second = await scim('get', '/Users?startIndex=3&count=2').expect(200);
      expect(first.body).toMatchObject({ totalResults: total, startIndex: 1, itemsPerPage: 2 });
      expect(second.body).toMatchObject({ totalResults: total, startIndex: 3, itemsPerPage: 2 });
      const ids = [...first.body.Resources, ...second.body.Resources].map((user: { id: string }) => user.id);
      expect(new Set(ids).size).toBe(4);
      await scim('get', '/Users?count=lots').expect(400);
    });

    it('deactivates on an Entra ID PATCH (Replace active "False") and ends the person\'s sessions at once', async () => {
      const created = await createScimUser();
      const session = await signInAs(app, { id: created.id });
      await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', session.cookie).expect(200);

      const patched = await scim('patch', `/Users/${created.id}`, patchOp({ op: 'Replace', path: 'active', value: 'False' })).expect(200);
      expect(patched.body.active).toBe(false);
      await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', session.cookie).expect(401);
      const [row] = await sql<{ status: string; deactivated_at: Date | null }>('SELECT status, deactivated_at FROM users WHERE id = $1', [created.id]);
      expect(row.status).toBe('deactivated');
      expect(row.deactivated_at).toBeInstanceOf(Date);
      expect(await sql('SELECT 1 FROM sessions WHERE user_id = $1', [created.id])).toHaveLength(0);
    });

    it('reactivates on active true (path-less, as Okta sends it)', async () => {
      const created = await createScimUser({ active: false });
      expect(created.active).toBe(false);
      const patched = await scim('patch', `/Users/${created.id}`, patchOp({ op: 'replace', value: { active: true } })).expect(200);
      expect(patched.body.active).toBe(true);
      const [row] = await sql('SELECT status, deactivated_at FROM users WHERE id = $1', [created.id]);
      expect(row).toEqual({ status: 'active', deactivated_at: null });
    });

    it('patches name, title and department with Entra ID paths', async () => {
      const created = await createScimUser();
      const patched = await scim(
        'patch',
        `/Users/${created.id}`,
        patchOp(
          { op: 'Replace', path: 'name.givenName', value: 'Aled' },
          { op: 'Replace', path: 'name.familyName', value: 'Jones' },
          { op: 'Replace', path: 'displayName', value: 'Aled Jones' },
          { op: 'Add', path: 'title', value: 'Engagement Lead' },
          { op: 'Replace', path: `${ENTERPRISE}:department`, value: 'Communications' },
          { op: 'Replace', path: 'emails[type eq "work"].value', value: 'aled.jones@northbridge.example' },
          { op: 'Add', path: 'phoneNumbers[type eq "mobile"].value', value: '07700 900000' },
          { op: 'Replace', value: { 'name.givenName': 'Aled', [`${ENTERPRISE}:employeeNumber`]: '42' } },
        ),
      ).expect(200);
      expect(patched.body).toMatchObject({
        name: { givenName: 'Aled', familyName: 'Jones' },
        displayName: 'Aled Jones',
        title: 'Engagement Lead',
        [ENTERPRISE]: { department: 'Communications' },
        userName: created.userName,
      });
      const [row] = await sql('SELECT u.given_name, u.job_title, d.name AS department FROM users u JOIN departments d ON d.id = u.department_id WHERE u.id = $1', [created.id]);
      expect(row).toEqual({ given_name: 'Aled', job_title: 'Engagement Lead', department: 'Communications' });

      const removed = await scim('patch', `/Users/${created.id}`, patchOp({ op: 'Remove', path: 'title' })).expect(200);
      expect(removed.body.title).toBeUndefined();
    });

    it('refuses a malformed PATCH with a 400 SCIM error', async () => {
      const created = await createScimUser();
      const badOp = await scim('patch', `/Users/${created.id}`, patchOp({ op: 'merge', path: 'title', value: 'x' })).expect(400);
      expect(badOp.body.scimType).toBe('invalidSyntax');
      const badValue = await scim('patch', `/Users/${created.id}`, patchOp({ op: 'replace', path: 'active', value: 'maybe' })).expect(400);
      expect(badValue.body.scimType).toBe('invalidValue');
      const badPath = await scim('patch', `/Users/${created.id}`, patchOp({ op: 'replace', path: 'emails[type', value: 'x' })).expect(400);
      expect(badPath.body.scimType).toBe('invalidPath');
      await scim('patch', `/Users/${created.id}`, { Operations: 'nope' }).expect(400);
    });

    it('replaces a user with PUT, and active false there deactivates too', async () => {
      const created = await createScimUser({ title: 'Clerk' });
      const session = await signInAs(app, { id: created.id });
      const replaced = await scim('put', `/Users/${created.id}`, scimUser({ userName: created.userName, externalId: created.externalId, active: false, displayName: 'Renamed' })).expect(200);
      expect(replaced.body).toMatchObject({ displayName: 'Renamed', active: false });
      expect(replaced.body.title).toBeUndefined();
      await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', session.cookie).expect(401);
    });

    it('deactivates on DELETE (204) and keeps the account', async () => {
      const created = await createScimUser();
      const session = await signInAs(app, { id: created.id });
      await scim('delete', `/Users/${created.id}`).expect(204);
      await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', session.cookie).expect(401);
      const after = await scim('get', `/Users/${created.id}`).expect(200);
      expect(after.body.active).toBe(false);
    });
  });

  describe('Groups', () => {
    it('creates a group, then adds and removes members the way Entra ID does', async () => {
      const [first, second] = [await createScimUser(), await createScimUser()];
      const created = await scim('post', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Comms Champions', externalId: 'g-1', members: [{ value: first.id }] }).expect(201);
      expect(created.headers.location).toBe(`http://localhost:3000/scim/v2/Groups/${created.body.id}`);
      expect(created.body).toMatchObject({ displayName: 'Comms Champions', externalId: 'g-1', members: [expect.objectContaining({ value: first.id })] });

      const groupPath = `/Groups/${created.body.id}`;
      await scim('patch', groupPath, patchOp({ op: 'Add', path: 'members', value: [{ value: second.id }] })).expect(200);
      let members = await sql<{ user_id: string }>('SELECT user_id FROM scim_group_members WHERE scim_group_id = $1 ORDER BY user_id', [created.body.id]);
      expect(members.map((member) => member.user_id).sort()).toEqual([first.id, second.id].sort());

      await scim('patch', groupPath, patchOp({ op: 'Remove', path: `members[value eq "${first.id}"]` })).expect(200);
      const renamed = await scim('patch', groupPath, patchOp({ op: 'Replace', value: { id: created.body.id, displayName: 'Comms Network' } })).expect(200);
      expect(renamed.body).toMatchObject({ displayName: 'Comms Network', members: [expect.objectContaining({ value: second.id })] });
      members = await sql('SELECT user_id FROM scim_group_members WHERE scim_group_id = $1', [created.body.id]);
      expect(members).toEqual([{ user_id: second.id }]);

      await scim('patch', groupPath, patchOp({ op: 'remove', path: 'members', value: [{ value: second.id }] })).expect(200);
      expect(await sql('SELECT 1 FROM scim_group_members WHERE scim_group_id = $1', [created.body.id])).toHaveLength(0);
    });

    it('finds a group by displayName, leaves members out when excluded, and refuses a duplicate name', async () => {
      const member = await createScimUser();
      const created = await scim('post', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Democratic Services', members: [{ value: member.id }] }).expect(201);
      const found = await scim('get', `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "democratic services"')}`).expect(200);
      expect(found.body.totalResults).toBe(1);
      expect(found.body.Resources[0]).toMatchObject({ id: created.body.id, displayName: 'Democratic Services' });
      expect(found.body.Resources[0].members).toBeUndefined();
      const duplicate = await scim('post', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Democratic Services' }).expect(409);
      expect(duplicate.body.scimType).toBe('uniqueness');
      await scim('get', `/Groups?filter=${encodeURIComponent('members eq "x"')}`).expect(400);
    });

    it('refuses members that are not Moot users', async () => {
      const created = await scim('post', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Housing Forum' }).expect(201);
      const unknown = await scim('patch', `/Groups/${created.body.id}`, patchOp({ op: 'Add', path: 'members', value: [{ value: '00000000-0000-4000-8000-000000000000' }] })).expect(400);
      expect(unknown.body.scimType).toBe('invalidValue');
      await scim('patch', `/Groups/${created.body.id}`, patchOp({ op: 'Add', path: 'members', value: [{ value: 'not-an-id' }] })).expect(400);
    });

    it('replaces a group with PUT and deletes it (204, then 404)', async () => {
      const member = await createScimUser();
      const created = await scim('post', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Planning Panel' }).expect(201);
      const replaced = await scim('put', `/Groups/${created.body.id}`, { schemas: [GROUP_SCHEMA], displayName: 'Planning Board', members: [{ value: member.id }] }).expect(200);
      expect(replaced.body).toMatchObject({ displayName: 'Planning Board', members: [expect.objectContaining({ value: member.id, display: member.displayName })] });
      await scim('delete', `/Groups/${created.body.id}`).expect(204);
      await scim('get', `/Groups/${created.body.id}`).expect(404);
    });
  });

  describe('audit', () => {
    it('records every SCIM change against the token, and token changes against the admin', async () => {
      const rows = await sql<{ action: string; actor_label: string }>('SELECT DISTINCT action, actor_label FROM audit_events WHERE action LIKE $1', ['scim.%']);
      const byAction = new Map(rows.map((row) => [row.action, row.actor_label]));
      for (const action of ['scim.user_create', 'scim.user_update', 'scim.user_deactivate', 'scim.user_reactivate', 'scim.group_create', 'scim.group_update', 'scim.group_delete']) {
        expect([action, byAction.get(action)]).toEqual([action, 'scim:Entra ID']);
      }
      expect(byAction.get('scim.token_issue')).toBe('it.admin@northbridge.example');
      expect(byAction.get('scim.token_revoke')).toBe('it.admin@northbridge.example');
    });
  });

  describe('discovery', () => {
    it('publishes ServiceProviderConfig, ResourceTypes and Schemas', async () => {
      const config = await request(app.getHttpServer()).get('/scim/v2/ServiceProviderConfig').expect(200);
      expect(config.headers['content-type']).toContain(SCIM_JSON);
      expect(config.body).toMatchObject({
        patch: { supported: true },
        bulk: { supported: false },
        filter: { supported: true, maxResults: 200 },
        authenticationSchemes: [expect.objectContaining({ type: 'oauthbearertoken' })],
      });
      const types = await request(app.getHttpServer()).get('/scim/v2/ResourceTypes').expect(200);
      expect(types.body.Resources.map((type: { id: string }) => type.id)).toEqual(['User', 'Group']);
      const schemas = await request(app.getHttpServer()).get('/scim/v2/Schemas').expect(200);
      expect(schemas.body.totalResults).toBe(3);
      await request(app.getHttpServer()).get(`/scim/v2/Schemas/${ENTERPRISE}`).expect(200);
    });
  });
});
