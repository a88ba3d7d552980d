import { deflateRawSync } from 'node:zlib';
import { xmllintSchemaValidator } from './saml-schema-validator';
import { CacheItem, CacheProvider, SAML, ValidateInResponseTo } from '@node-saml/passport-saml';
import { commentedNameIdXml, injectCommentInNameId, modifyAfterSigning, stripSignature, toBase64, wrapSignature } from '../../test/saml/tamper';
import { authnRequestFromRedirect, createTestIdp, secondTestKeyPair, TestIdp } from '../../test/saml/test-idp';
import { parseIdpMetadata } from '../identity-providers/idp-metadata';
import { AuthnRequestInfo, SamlIdp, SamlIdpRequestError, SamlIdpUser } from './saml-idp';

const ACS_URL = 'https://moot.council.example/api/auth/saml/test/acs';
const SP_ENTITY_ID = 'https://moot.council.example/api/auth/saml/test/metadata';

class MemoryCacheProvider implements CacheProvider {
  readonly items = new Map<string, CacheItem>();
  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    if (this.items.has(key)) return null;
    const item = { value, createdAt: Date.now() };
    this.items.set(key, item);
    return item;
  }
  async getAsync(key: string): Promise<string | null> {
    return this.items.get(key)?.value ?? null;
  }
  async removeAsync(key: string | null): Promise<string | null> {
    const value = key === null ? null : (this.items.get(key)?.value ?? null);
    if (key !== null) this.items.delete(key);
    return value;
  }
}

/** node-saml configured as a strict service provider that trusts `idp`. */
function strictServiceProvider(idp: TestIdp, cache: CacheProvider): SAML {
  return new SAML({
    entryPoint: idp.ssoUrl,
    callbackUrl: ACS_URL,
    issuer: SP_ENTITY_ID,
    audience: SP_ENTITY_ID,
    idpCert: idp.certificatePem,
    idpIssuer: idp.entityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: 60_000,
    validateInResponseTo: ValidateInResponseTo.always,
    cacheProvider: cache,
  });
}

const alice: SamlIdpUser = {
  nameId: 'alice.smith@council.example',
  email: 'alice.smith@council.example',
  givenName: 'Alice',
  familyName: 'Smith',
  displayName: 'Alice Smith',
  department: 'Democratic Services',
  jobTitle: 'Committee Officer',
};

function deflatedRequest(xml: string): string {
  return deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64');
}

describe(SamlIdp.name, () => {
  let testIdp: TestIdp;
  let cache: MemoryCacheProvider;
  let sp: SAML;

  beforeAll(async () => {
    testIdp = await createTestIdp();
  });

  beforeEach(() => {
    cache = new MemoryCacheProvider();
    sp = strictServiceProvider(testIdp, cache);
  });

  /** The SP starts a sign-in; the IdP reads the request it redirected to. */
  async function startSignIn(): Promise<AuthnRequestInfo> {
    return authnRequestFromRedirect(testIdp.idp, await sp.getAuthorizeUrlAsync('', undefined, {}));
  }

  async function signedResponseFor(user: SamlIdpUser): Promise<{ samlResponse: string; xml: string }> {
    const request = await startSignIn();
    return testIdp.idp.createResponse({ acsUrl: ACS_URL, spEntityId: SP_ENTITY_ID, user, inResponseTo: request.id });
  }

  it('publishes metadata with a signing key, HTTP-Redirect SSO and SLO that Moot can register', () => {
    const metadata = parseIdpMetadata(testIdp.metadataXml);

    expect(metadata).toMatchObject({ entityId: testIdp.entityId, ssoUrl: testIdp.ssoUrl, sloUrl: testIdp.sloUrl });
    expect(metadata.signingCertificates).toHaveLength(1);
    expect(testIdp.certificatePem.replace(/\s+/g, '')).toContain(metadata.signingCertificates[0]);
  });

  it("parses node-saml's redirect-binding AuthnRequest: same id, issuer and ACS, RelayState kept", async () => {
    const location = await sp.getAuthorizeUrlAsync('/groups/42', undefined, {});

    const request = await authnRequestFromRedirect(testIdp.idp, location);

    expect([...cache.items.keys()]).toEqual([request.id]);
    expect(request).toEqual({ id: request.id, issuer: SP_ENTITY_ID, acsUrl: ACS_URL, relayState: '/groups/42' });
  });

  it('refuses a SAMLRequest that is not an AuthnRequest, or not a redirect-binding message at all', async () => {
    const logout = deflatedRequest(
      '<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ' +
        'ID="_1" Version="2.0" IssueInstant="2026-01-01T00:00:00Z"><saml:Issuer>x</saml:Issuer><saml:NameID>a@b.example</saml:NameID></samlp:LogoutRequest>',
    );
    const foreign = deflatedRequest('<AuthnRequest xmlns="urn:example:not-saml" ID="_1"/>');

    await expect(testIdp.idp.parseAuthnRequest({ SAMLRequest: logout })).rejects.toThrow(/must be a SAML 2.0 AuthnRequest, not LogoutRequest/);
    await expect(testIdp.idp.parseAuthnRequest({ SAMLRequest: foreign })).rejects.toThrow(SamlIdpRequestError);
    await expect(testIdp.idp.parseAuthnRequest({ SAMLRequest: 'bm90IGRlZmxhdGVk' })).rejects.toThrow(SamlIdpRequestError);
    await expect(testIdp.idp.parseAuthnRequest({ SAMLRequest: '' })).rejects.toThrow('SAMLRequest is missing.');
  });

  it('signs a schema-valid response that a strict SP accepts, with the NameID and every attribute', async () => {
    const { samlResponse, xml } = await signedResponseFor({ ...alice, extraAttributes: { employeeNumber: 'E1234' } });

    await expect(xmllintSchemaValidator.validate(xml)).resolves.toBe('SUCCESS_VALIDATE_XML');
    const { profile, loggedOut } = await sp.validatePostResponseAsync({ SAMLResponse: samlResponse });

    expect(loggedOut).toBe(false);
    expect(profile).toMatchObject({
      issuer: testIdp.entityId,
      nameID: alice.email,
      nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      email: alice.email,
      givenName: 'Alice',
      surname: 'Smith',
      displayName: 'Alice Smith',
      department: 'Democratic Services',
      jobTitle: 'Committee Officer',
      employeeNumber: 'E1234',
    });
    expect(profile?.sessionIndex).toEqual(expect.any(String));
    expect(cache.items.size).toBe(0);
  });

  it('uses the persistent NameID format for an opaque id and leaves absent attributes out', async () => {
    const { samlResponse } = await signedResponseFor({ nameId: 'a1b2c3', email: 'bob@council.example', jobTitle: null });

    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: samlResponse });

    expect(profile).toMatchObject({ nameID: 'a1b2c3', nameIDFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' });
    expect(profile).not.toHaveProperty('jobTitle');
    expect(profile).not.toHaveProperty('givenName');
  });

  it('escapes values: a displayName of <b>&" comes back as that text', async () => {
    const { samlResponse, xml } = await signedResponseFor({ ...alice, displayName: '<b>&"', extraAttributes: { 'x"y': "it's <fine>" } });

    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: samlResponse });

    expect(xml).not.toContain('<b>');
    expect(profile?.['displayName']).toBe('<b>&"');
    expect(profile?.['x"y']).toBe("it's <fine>");
  });

  it('a response signed with a different key is rejected', async () => {
    const impostor = await createTestIdp({ entityId: testIdp.entityId, keys: await secondTestKeyPair() });
    const request = await startSignIn();
    const { samlResponse } = await impostor.idp.createResponse({ acsUrl: ACS_URL, spEntityId: SP_ENTITY_ID, user: alice, inResponseTo: request.id });

    await expect(sp.validatePostResponseAsync({ SAMLResponse: samlResponse })).rejects.toThrow(/signature/i);
  });

  it('an unsolicited response (inResponseTo: null) carries no InResponseTo and is refused by an SP that requires one', async () => {
    await startSignIn();
    const { samlResponse, xml } = await testIdp.idp.createResponse({ acsUrl: ACS_URL, spEntityId: SP_ENTITY_ID, user: alice, overrides: { inResponseTo: null } });

    expect(xml).not.toContain('InResponseTo');
    await expect(sp.validatePostResponseAsync({ SAMLResponse: samlResponse })).rejects.toThrow(/InResponseTo/);
  });

  it('applies overrides, e.g. a wrong audience is refused', async () => {
    const request = await startSignIn();
    const { samlResponse, xml } = await testIdp.idp.createResponse({
      acsUrl: ACS_URL,
      spEntityId: SP_ENTITY_ID,
      user: alice,
      inResponseTo: request.id,
      overrides: { audience: 'https://other.example/sp', sessionIndex: '_session-1', assertionId: '_assertion-1' },
    });

    expect(xml).toContain('SessionIndex="_session-1"');
    expect(xml).toContain('ID="_assertion-1"');
    await expect(sp.validatePostResponseAsync({ SAMLResponse: samlResponse })).rejects.toThrow(/audience/i);
  });

  describe('tampered responses (test/saml/tamper.ts)', () => {
    it('rejects a NameID changed after signing', async () => {
      const { xml } = await signedResponseFor(alice);

      await expect(sp.validatePostResponseAsync({ SAMLResponse: toBase64(modifyAfterSigning(xml)) })).rejects.toThrow(/signature/i);
    });

    it.each(['extensions', 'before'] as const)('rejects signature wrapping (%s)', async (variant) => {
      const { xml } = await signedResponseFor(alice);
      const wrapped = wrapSignature(xml, 'admin@council.example', variant);

      expect(wrapped).toContain('admin@council.example');
      await expect(sp.validatePostResponseAsync({ SAMLResponse: toBase64(wrapped) })).rejects.toThrow(/Invalid signature/);
    });

    it('rejects a response whose signature was stripped', async () => {
      const { xml } = await signedResponseFor(alice);
      const stripped = stripSignature(xml);

      expect(stripped).not.toContain('Signature');
      await expect(sp.validatePostResponseAsync({ SAMLResponse: toBase64(stripped) })).rejects.toThrow(/signature/i);
    });

    it('a comment put into the NameID after signing keeps the signature valid, and node-saml reads the whole NameID', async () => {
      const { xml } = await signedResponseFor({ ...alice, nameId: 'admin@council.example.evil.example' });
      const commented = injectCommentInNameId(xml, 'admin@council.example');

      expect(commented).toContain('admin@council.example<!---->.evil.example');
      const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: toBase64(commented) });
      expect(profile?.nameID).toBe('admin@council.example.evil.example');
    });

    it('a comment signed inside the NameID (overrides.rawNameIdXml) is read as the whole NameID', async () => {
      const request = await startSignIn();
      const { samlResponse, xml } = await testIdp.idp.createResponse({
        acsUrl: ACS_URL,
        spEntityId: SP_ENTITY_ID,
        user: { ...alice, nameId: 'admin@council.example.evil' },
        inResponseTo: request.id,
        overrides: { rawNameIdXml: commentedNameIdXml('admin@council.example', '.evil') },
      });

      expect(xml).toContain('admin@council.example<!---->.evil</saml:NameID>');
      const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: samlResponse });
      expect(profile?.nameID).toBe('admin@council.example.evil');
    });
  });
});
