import { DOMParser, Element } from '@xmldom/xmldom';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

/** The parts of an IdP's SAML metadata that Moot needs. */
export interface ParsedIdpMetadata {
  entityId: string;
  ssoUrl: string;
  sloUrl: string | null;
  /** Base64 DER bodies (no PEM armour), signing use or unspecified use. */
  signingCertificates: string[];
}

export class IdpMetadataError extends Error {
  override name = 'IdpMetadataError';
}

export const MAX_METADATA_BYTES = 512 * 1024;

function children(parent: Element, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name));
}

function locationFor(descriptor: Element, serviceName: string): string | null {
  const services = children(descriptor, MD, serviceName);
  const preferred = services.find((s) => s.getAttribute('Binding') === REDIRECT) ?? services.find((s) => s.getAttribute('Binding') === POST);
  return preferred?.getAttribute('Location') ?? null;
}

function assertHttpsOrLocal(url: string, what: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new IdpMetadataError(`${what} is not a valid URL.`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    throw new IdpMetadataError(`${what} must use https.`);
  }
}

/** Parses IdP metadata (an EntityDescriptor, or the first IdP in an EntitiesDescriptor). */
export function parseIdpMetadata(xml: string): ParsedIdpMetadata {
  if (Buffer.byteLength(xml, 'utf8') > MAX_METADATA_BYTES) throw new IdpMetadataError('The metadata is larger than 512 KB.');
  if (/<!DOCTYPE/i.test(xml)) throw new IdpMetadataError('Metadata with a DOCTYPE is refused (entity expansion risk).');
  let document: ReturnType<DOMParser['parseFromString']>;
  try {
    document = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } }).parseFromString(xml, 'text/xml');
  } catch (error) {
    throw new IdpMetadataError(`The metadata is not well-formed XML: ${(error as Error).message.split('\n')[0]}`);
  }
  const entities = children(document.documentElement as unknown as Element, MD, 'EntityDescriptor');
  const root = document.documentElement as unknown as Element;
  const candidates = root.localName === 'EntityDescriptor' ? [root, ...entities] : entities;
  const entity = candidates.find((candidate) => children(candidate, MD, 'IDPSSODescriptor').length > 0);
  if (!entity) throw new IdpMetadataError('No EntityDescriptor with an IDPSSODescriptor was found.');
  const entityId = entity.getAttribute('entityID');
  if (!entityId) throw new IdpMetadataError('The EntityDescriptor has no entityID.');
  const descriptor = children(entity, MD, 'IDPSSODescriptor')[0];
  const ssoUrl = locationFor(descriptor, 'SingleSignOnService');
  if (!ssoUrl) throw new IdpMetadataError('No SingleSignOnService with the HTTP-Redirect or HTTP-POST binding was found.');
  assertHttpsOrLocal(ssoUrl, 'The SingleSignOnService location');
  const sloUrl = locationFor(descriptor, 'SingleLogoutService');
  if (sloUrl) assertHttpsOrLocal(sloUrl, 'The SingleLogoutService location');

  const certificates = children(descriptor, MD, 'KeyDescriptor')
    .filter((key) => (key.getAttribute('use') ?? 'signing') === 'signing')
    .flatMap((key) => children(key, DS, 'X509Certificate'))
    .map((node) => (node.textContent ?? '').replace(/\s+/g, ''))
    .filter((body) => body.length > 0);
  const unique = [...new Set(certificates)];
  if (unique.length === 0) throw new IdpMetadataError('No signing certificate (KeyDescriptor use="signing") was found.');
  return { entityId, ssoUrl, sloUrl, signingCertificates: unique.slice(0, 2) };
}

/** Wraps a base64 DER certificate body as PEM. */
export function toPem(body: string): string {
  const lines = body.replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** Strips PEM armour and whitespace, leaving the base64 DER body. */
export function pemBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}
