import { generateIdpKeyPair, IdpKeyPair } from '../../src/dev-idp/dev-idp-keys';
import { AuthnRequestInfo, SamlIdp } from '../../src/dev-idp/saml-idp';

export interface TestIdp {
  idp: SamlIdp;
  entityId: string;
  ssoUrl: string;
  sloUrl: string;
  privateKeyPem: string;
  certificatePem: string;
  metadataXml: string;
}

export interface TestIdpOptions {
  entityId?: string;
  /** Base of the IdP's (never contacted) endpoints; https, as Moot requires outside localhost. */
  baseUrl?: string;
  /** Defaults to the process-wide shared pair; pass `await secondTestKeyPair()` for a second, distinct IdP key. */
  keys?: IdpKeyPair;
}

// RSA key generation takes ~100 ms or more: one pair per purpose per test process is enough.
let shared: Promise<IdpKeyPair> | undefined;
let second: Promise<IdpKeyPair> | undefined;

export function sharedTestKeyPair(): Promise<IdpKeyPair> {
  shared ??= generateIdpKeyPair('Moot test IdP');
  return shared;
}

/** A different key pair, e.g. to sign a response the registered IdP did not sign. */
export function secondTestKeyPair(): Promise<IdpKeyPair> {
  second ??= generateIdpKeyPair('Moot test IdP (other key)');
  return second;
}

/** A SAML IdP the auth tests can register in Moot (via `metadataXml`) and sign responses with. */
export async function createTestIdp(options: TestIdpOptions = {}): Promise<TestIdp> {
  const baseUrl = (options.baseUrl ?? 'https://idp.council.example').replace(/\/+$/, '');
  const entityId = options.entityId ?? `${baseUrl}/saml/metadata`;
  const ssoUrl = `${baseUrl}/saml/sso`;
  const sloUrl = `${baseUrl}/saml/slo`;
  const { privateKeyPem, certificatePem } = options.keys ?? (await sharedTestKeyPair());
  const idp = new SamlIdp({ entityId, ssoUrl, sloUrl, privateKeyPem, certificatePem });
  return { idp, entityId, ssoUrl, sloUrl, privateKeyPem, certificatePem, metadataXml: idp.metadataXml() };
}

/** Reads the AuthnRequest out of the SP's redirect (a `Location` header pointing at the IdP's SSO URL). */
export async function authnRequestFromRedirect(idp: SamlIdp, location: string): Promise<AuthnRequestInfo> {
  const url = new URL(location);
  const samlRequest = url.searchParams.get('SAMLRequest');
  if (!samlRequest) throw new Error(`No SAMLRequest in ${location}`);
  return idp.parseAuthnRequest({ SAMLRequest: samlRequest, RelayState: url.searchParams.get('RelayState') ?? undefined });
}
