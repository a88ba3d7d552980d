import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { SamlIdpUser } from '../src/dev-idp/saml-idp';
import { createUser } from './factories';
import { makeResponse, postToAcs, registerIdp, sessionCookieOf, signInThroughSaml, spUrls, startSignIn } from './saml/saml-flow';
import { commentedNameIdXml, fromBase64, injectCommentInNameId, modifyAfterSigning, stripSignature, toBase64, wrapSignature } from './saml/tamper';
import { createTestIdp, secondTestKeyPair, TestIdp } from './saml/test-idp';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

const alice = { nameId: 'alice.jones@northbridge.example', email: 'alice.jones@northbridge.example', givenName: 'Alice', familyName: 'Jones', displayName: 'Alice Jones', department: 'Planning', jobTitle: 'Planning Officer' };

describe('SAML sign-in', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let council: TestIdp;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    council = await createTestIdp();
    await registerIdp(app, council, 'council', { emailDomains: ['northbridge.example'] });
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function me(cookie: string | null): Promise<request.Response> {
    return request(app.getHttpServer()).get('/api/auth/me').set('Cookie', cookie ?? '');
  }

  describe('the happy path', () => {
    it('signs a new person in, provisions them just in time and lands on returnTo', async () => {
      const response = await signInThroughSaml(app, council, 'council', alice, { returnTo: '/groups/planning?tab=posts' });
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/groups/planning?tab=posts');
      const cookie = sessionCookieOf(response);
      expect(cookie).not.toBeNull();
      expect(([] as string[]).concat(response.headers['set-cookie']).join(';')).toMatch(/HttpOnly/i);
      const session = await me(cookie);
      expect(session.status).toBe(200);
      expect(session.body).toMatchObject({ email: 'alice.jones@northbridge.example', displayName: 'Alice Jones', department: 'Planning', jobTitle: 'Planning Officer', role: 'member' });
    });

    it('issues a new session id at every sign-in', async () => {
      const first = sessionCookieOf(await signInThroughSaml(app, council, 'council', alice));
      const second = sessionCookieOf(await signInThroughSaml(app, council, 'council', alice));
      expect(first).not.toEqual(second);
    });

    it('keeps department and job title in step with the IdP at each sign-in', async () => {
      const moved = { ...alice, department: 'Housing', jobTitle: 'Housing Strategy Officer' };
      const cookie = sessionCookieOf(await signInThroughSaml(app, council, 'council', moved));
      expect((await me(cookie)).body).toMatchObject({ department: 'Housing', jobTitle: 'Housing Strategy Officer' });
    });

    it('understands Entra ID claim URIs out of the box', async () => {
      const entra = {
        nameId: 'b9f1c0de-entra-object-id',
        email: '',
        extraAttributes: {
          'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'bola.ade@northbridge.example',
          'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname': 'Bola',
          'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname': 'Ade',
          'http://schemas.microsoft.com/identity/claims/displayname': 'Bola Ade',
          'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department': 'Adult Social Care',
        },
      };
      const cookie = sessionCookieOf(await signInThroughSaml(app, council, 'council', entra));
      expect((await me(cookie)).body).toMatchObject({ email: 'bola.ade@northbridge.example', displayName: 'Bola Ade', department: 'Adult Social Care' });
    });

    it('writes the sign-in to the audit log', async () => {
      const rows = await app.get(DataSource).query(`SELECT actor_label, outcome FROM audit_events WHERE action = 'auth.sign_in' AND outcome = 'success'`);
      expect(rows.map((row: { actor_label: string }) => row.actor_label)).toContain('alice.jones@northbridge.example');
    });

    it('publishes SP metadata naming this ACS', async () => {
      const response = await request(app.getHttpServer()).get('/api/auth/saml/council/metadata').expect(200);
      expect(response.text).toContain(`entityID="${spUrls('council').entityId}"`);
      expect(response.text).toContain(`Location="${spUrls('council').acsUrl}"`);
    });
  });

  describe('refuses, with no session created', () => {
    async function expectRefused(response: request.Response, reason?: RegExp): Promise<void> {
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_SAML_REJECTED');
      if (reason) expect(response.body.message).toMatch(reason);
      expect(sessionCookieOf(response)).toBeNull();
    }

    async function signedResponse(overrides = {}, user: SamlIdpUser = alice): Promise<{ xml: string; relayState: string | null }> {
      const { requestId, relayState } = await startSignIn(app, council, 'council');
      const { xml } = await makeResponse(council, 'council', user, requestId, overrides);
      return { xml, relayState };
    }

    it('an unsigned response', async () => {
      const { xml } = await signedResponse();
      await expectRefused(await postToAcs(app, 'council', toBase64(stripSignature(xml))));
    });

    it('a response signed by an unknown key', async () => {
      const impostor = await createTestIdp({ keys: await secondTestKeyPair() });
      const { requestId } = await startSignIn(app, council, 'council');
      const { samlResponse } = await makeResponse(impostor, 'council', alice, requestId);
      await expectRefused(await postToAcs(app, 'council', samlResponse));
    });

    it('a response modified after signing', async () => {
      const { xml } = await signedResponse();
      await expectRefused(await postToAcs(app, 'council', toBase64(modifyAfterSigning(xml, 'eleanor.marsh@northbridge.example'))));
    });

    it.each(['extensions', 'before'] as const)('signature wrapping (%s)', async (variant) => {
      const { xml } = await signedResponse();
      await expectRefused(await postToAcs(app, 'council', toBase64(wrapSignature(xml, 'eleanor.marsh@northbridge.example', variant))));
    });

    it('an expired assertion', async () => {
      const past = new Date(Date.now() - 10 * 60_000);
      const { xml } = await signedResponse({ notBefore: new Date(past.getTime() - 60_000), notOnOrAfter: past, subjectNotOnOrAfter: past, issueInstant: new Date(past.getTime() - 60_000) });
      await expectRefused(await postToAcs(app, 'council', toBase64(xml)));
    });

    it('an assertion not valid yet (beyond the clock skew)', async () => {
      const future = new Date(Date.now() + 10 * 60_000);
      const { xml } = await signedResponse({ notBefore: future });
      await expectRefused(await postToAcs(app, 'council', toBase64(xml)));
    });

    it('a wrong audience', async () => {
      const { xml } = await signedResponse({ audience: 'https://other-service.example/saml' });
      await expectRefused(await postToAcs(app, 'council', toBase64(xml)));
    });

    it('a wrong destination', async () => {
      const { xml } = await signedResponse({ destination: 'https://other-service.example/acs' });
      await expectRefused(await postToAcs(app, 'council', toBase64(xml)), /Destination/);
    });

    it('a wrong recipient', async () => {
      const { xml } = await signedResponse({ recipient: 'https://other-service.example/acs' });
      await expectRefused(await postToAcs(app, 'council', toBase64(xml)), /Recipient/);
    });

    it('a replayed assertion', async () => {
      const { requestId, relayState } = await startSignIn(app, council, 'council');
      const { samlResponse } = await makeResponse(council, 'council', alice, requestId);
      expect((await postToAcs(app, 'council', samlResponse, relayState)).status).toBe(303);
      await expectRefused(await postToAcs(app, 'council', samlResponse, relayState));
    });

    it('a reused InResponseTo with a fresh assertion', async () => {
      const { requestId } = await startSignIn(app, council, 'council');
      expect((await postToAcs(app, 'council', (await makeResponse(council, 'council', alice, requestId)).samlResponse)).status).toBe(303);
      await expectRefused(await postToAcs(app, 'council', (await makeResponse(council, 'council', alice, requestId)).samlResponse), /InResponseTo/);
    });

    it('an unknown InResponseTo', async () => {
      const { samlResponse } = await makeResponse(council, 'council', alice, '_never-issued-by-moot');
      await expectRefused(await postToAcs(app, 'council', samlResponse), /InResponseTo/);
    });

    it('an unsolicited response when the IdP does not allow them', async () => {
      const { samlResponse } = await makeResponse(council, 'council', alice, undefined, { inResponseTo: null });
      await expectRefused(await postToAcs(app, 'council', samlResponse), /InResponseTo/);
    });

    it('a comment injected into the NameID after signing (truncation attack)', async () => {
      const victim = await createUser(app, { email: 'eleanor.marsh@northbridge.example', displayName: 'Eleanor Marsh' });
      const attacker = { nameId: 'eleanor.marsh@northbridge.example.evil.example', email: 'eleanor.marsh@northbridge.example.evil.example' };
      const { xml } = await signedResponse({}, attacker);
      const response = await postToAcs(app, 'council', toBase64(injectCommentInNameId(xml, 'eleanor.marsh@northbridge.example')));
      // Either refused outright, or read in full; never signed in as the victim.
      const cookie = sessionCookieOf(response);
      if (cookie) expect((await me(cookie)).body.id).not.toBe(victim.id);
      else expect(response.status).toBe(401);
    });

    it('a comment inside a signed NameID is read as the whole value, not truncated', async () => {
      const { requestId } = await startSignIn(app, council, 'council');
      const { samlResponse } = await makeResponse(council, 'council', { nameId: 'mallory@northbridge.example.evil.example', email: 'mallory@northbridge.example.evil.example' }, requestId, {
        rawNameIdXml: commentedNameIdXml('eleanor.marsh@northbridge.example', '.evil.example'),
      });
      const response = await postToAcs(app, 'council', samlResponse);
      const cookie = sessionCookieOf(response);
      if (cookie) expect((await me(cookie)).body.email).not.toBe('eleanor.marsh@northbridge.example');
    });

    it('oversized XML', async () => {
      await expectRefused(await postToAcs(app, 'council', toBase64(`<samlp:Response>${'<a/>'.repeat(100_000)}</samlp:Response>`)), /too large/);
    });

    it('malformed XML and non-XML', async () => {
      await expectRefused(await postToAcs(app, 'council', toBase64('<samlp:Response><unclosed>')));
      await expectRefused(await postToAcs(app, 'council', toBase64('not xml at all')));
      await expectRefused(await postToAcs(app, 'council', ''));
    });

    it('a DOCTYPE (entity expansion)', async () => {
      const { xml } = await signedResponse();
      await expectRefused(await postToAcs(app, 'council', toBase64(`<!DOCTYPE r [<!ENTITY x "x">]>${xml}`)), /DOCTYPE/);
    });

    it('records refusals in the audit log', async () => {
      const [{ count }] = await app.get(DataSource).query(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'auth.sign_in' AND outcome = 'failure'`);
      expect(count).toBeGreaterThan(5);
    });
  });

  describe('identity providers kept apart', () => {
    it('answers 404 for an unknown or disabled :idp', async () => {
      await request(app.getHttpServer()).get('/api/auth/saml/nope/login').expect(404);
      await request(app.getHttpServer()).get('/api/auth/saml/..%2f/login').expect(404);
      const disabled = await createTestIdp({ baseUrl: 'https://disabled.example' });
      await registerIdp(app, disabled, 'disabled-idp', { enabled: false });
      await request(app.getHttpServer()).get('/api/auth/saml/disabled-idp/login').expect(404);
      await request(app.getHttpServer()).post('/api/auth/saml/disabled-idp/acs').type('form').send({ SAMLResponse: 'x' }).expect(404);
    });

    it('refuses a response from one IdP posted to another IdP\'s ACS', async () => {
      const partner = await createTestIdp({ baseUrl: 'https://partner.example', keys: await secondTestKeyPair() });
      await registerIdp(app, partner, 'partner', { emailDomains: ['partner.example'] });
      const { requestId } = await startSignIn(app, partner, 'partner');
      const { samlResponse } = await makeResponse(partner, 'partner', { nameId: 'x@partner.example', email: 'x@partner.example' }, requestId);
      const response = await postToAcs(app, 'council', samlResponse);
      expect(response.status).toBe(401);
      expect(sessionCookieOf(response)).toBeNull();
    });

    it('refuses an IdP asserting an email outside its domains (no take-over of another council\'s staff)', async () => {
      await createUser(app, { email: 'sam.lee@northbridge.example' });
      const response = await signInThroughSaml(app, await createTestIdp({ baseUrl: 'https://partner.example', keys: await secondTestKeyPair() }), 'partner', {
        nameId: 'sam.lee@northbridge.example',
        email: 'sam.lee@northbridge.example',
      });
      expect(response.status).toBe(401);
      expect(response.body.message).toMatch(/not trusted for that email domain/);
    });

    it('accepts unsolicited responses only from an IdP configured to allow them', async () => {
      const portal = await createTestIdp({ baseUrl: 'https://portal.example' });
      await registerIdp(app, portal, 'portal', { allowUnsolicited: true });
      const { samlResponse } = await makeResponse(portal, 'portal', { nameId: 'cara@portal.example', email: 'cara@portal.example' }, undefined, { inResponseTo: null });
      const response = await postToAcs(app, 'portal', samlResponse, 'https://evil.example/steal');
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/');
    });

    it('refuses a person the IdP knows but Moot does not when JIT provisioning is off', async () => {
      const strict = await createTestIdp({ baseUrl: 'https://strict.example' });
      await registerIdp(app, strict, 'strict', { jitProvisioning: false });
      const response = await signInThroughSaml(app, strict, 'strict', { nameId: 'new.starter@strict.example', email: 'new.starter@strict.example' });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('AUTH_ACCOUNT_NOT_PROVISIONED');
      expect(sessionCookieOf(response)).toBeNull();
    });

    it('refuses a deactivated person', async () => {
      await createUser(app, { email: 'left.council@northbridge.example', status: 'deactivated' });
      const response = await signInThroughSaml(app, council, 'council', { nameId: 'left.council@northbridge.example', email: 'left.council@northbridge.example' });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('AUTH_ACCOUNT_DEACTIVATED');
    });
  });

  describe('returnTo and RelayState', () => {
    it.each(['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)'])('never sends the browser to %s', async (returnTo) => {
      const response = await signInThroughSaml(app, council, 'council', alice, { returnTo });
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/');
    });

    it('ignores a RelayState that was tampered with to another origin', async () => {
      const { requestId } = await startSignIn(app, council, 'council', '/profile');
      const { samlResponse } = await makeResponse(council, 'council', alice, requestId);
      const response = await postToAcs(app, 'council', samlResponse, '//evil.example');
      expect(response.headers.location).toBe('/');
    });
  });

  it('shows people a readable error page when their browser posts a refused response', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/auth/saml/council/acs')
      .set('Accept', 'text/html')
      .type('form')
      .send({ SAMLResponse: toBase64('<x/>') });
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('We could not sign you in');
  });

  it('decodes base64 helpers consistently', () => {
    expect(fromBase64(toBase64('<a>é</a>'))).toBe('<a>é</a>');
  });
});
