import { INestApplication } from '@nestjs/common';
import request, { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { IdentityProviderEntity } from '../../src/identity-providers/identity-provider.entity';
import { parseIdpMetadata } from '../../src/identity-providers/idp-metadata';
import type { ResponseOverrides, SamlIdpUser } from '../../src/dev-idp/saml-idp';
import { authnRequestFromRedirect, TestIdp } from './test-idp';

/** Test app's public URL (loadConfig default with PORT unset). */
export const PUBLIC_URL = 'http://localhost:3000';

export function spUrls(slug: string): { entityId: string; acsUrl: string } {
  const base = `${PUBLIC_URL}/api/auth/saml/${slug}`;
  return { entityId: `${base}/metadata`, acsUrl: `${base}/acs` };
}

/** Registers a test IdP in Moot straight from its metadata, as `idp:add` would. */
export async function registerIdp(
  app: INestApplication,
  testIdp: TestIdp,
  slug: string,
  settings: Partial<IdentityProviderEntity> = {},
): Promise<IdentityProviderEntity> {
  const parsed = parseIdpMetadata(testIdp.metadataXml);
  const repository = app.get(DataSource).getRepository(IdentityProviderEntity);
  return repository.save(
    repository.create({
      slug,
      displayName: `IdP ${slug}`,
      entityId: parsed.entityId,
      ssoUrl: parsed.ssoUrl,
      sloUrl: parsed.sloUrl,
      signingCertificates: parsed.signingCertificates,
      emailDomains: [],
      attributeMapping: {},
      jitProvisioning: true,
      allowUnsolicited: false,
      enabled: true,
      metadataXml: testIdp.metadataXml,
      ...settings,
    }),
  );
}

/** Starts sign-in at Moot and returns the AuthnRequest id the IdP would answer. */
export async function startSignIn(app: INestApplication, testIdp: TestIdp, slug: string, returnTo = '/'): Promise<{ requestId: string; relayState: string | null }> {
  const response = await request(app.getHttpServer()).get(`/api/auth/saml/${slug}/login`).query({ returnTo }).expect(302);
  const info = await authnRequestFromRedirect(testIdp.idp, response.headers.location);
  return { requestId: info.id, relayState: info.relayState };
}

export async function makeResponse(
  testIdp: TestIdp,
  slug: string,
  user: SamlIdpUser,
  inResponseTo: string | undefined,
  overrides?: ResponseOverrides,
): Promise<{ samlResponse: string; xml: string }> {
  const { entityId, acsUrl } = spUrls(slug);
  return testIdp.idp.createResponse({ acsUrl, spEntityId: entityId, user, inResponseTo, overrides });
}

export function postToAcs(app: INestApplication, slug: string, samlResponse: string, relayState?: string | null): Promise<Response> {
  const form: Record<string, string> = { SAMLResponse: samlResponse };
  if (relayState) form.RelayState = relayState;
  return request(app.getHttpServer()).post(`/api/auth/saml/${slug}/acs`).type('form').set('Accept', 'application/json').send(form);
}

export function sessionCookieOf(response: Response): string | null {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((cookie) => cookie.startsWith('moot_session='));
  return session ? session.split(';')[0] : null;
}

/** The full SP-initiated round trip; returns the ACS response. */
export async function signInThroughSaml(
  app: INestApplication,
  testIdp: TestIdp,
  slug: string,
  user: SamlIdpUser,
  options: { returnTo?: string; overrides?: ResponseOverrides } = {},
): Promise<Response> {
  const { requestId, relayState } = await startSignIn(app, testIdp, slug, options.returnTo);
  const { samlResponse } = await makeResponse(testIdp, slug, user, requestId, options.overrides);
  return postToAcs(app, slug, samlResponse, relayState);
}
