/**
 * Attacks on a signed SAML response, for the SP's tests. Each takes the response XML (as made by
 * `SamlIdp.createResponse`) and returns tampered XML; `toBase64` turns it into a `SAMLResponse`.
 */
import { Document, DOMParser, Element, XMLSerializer } from '@xmldom/xmldom';
import { escapeXml } from '../../src/dev-idp/saml-response-xml';

const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol';
const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';
const DS = 'http://www.w3.org/2000/09/xmldsig#';

function parse(xml: string): { document: Document; response: Element; assertion: Element } {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const response = document.documentElement;
  if (!response || response.localName !== 'Response') throw new Error('Not a SAML Response');
  const assertion = childElements(response).find((child) => child.localName === 'Assertion' && child.namespaceURI === SAML);
  if (!assertion) throw new Error('The Response has no Assertion child');
  return { document, response, assertion };
}

function childElements(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === node.ELEMENT_NODE);
}

function nameIdOf(assertion: Element): Element {
  const nameId = assertion.getElementsByTagNameNS(SAML, 'NameID')[0];
  if (!nameId) throw new Error('The Assertion has no NameID');
  return nameId;
}

function setText(document: Document, element: Element, text: string): void {
  while (element.firstChild) element.removeChild(element.firstChild);
  element.appendChild(document.createTextNode(text));
}

function removeSignatures(element: Element): void {
  for (const signature of Array.from(element.getElementsByTagNameNS(DS, 'Signature'))) signature.parentNode?.removeChild(signature);
}

const serialize = (document: Document): string => new XMLSerializer().serializeToString(document);

export const toBase64 = (xml: string): string => Buffer.from(xml, 'utf8').toString('base64');
export const fromBase64 = (samlResponse: string): string => Buffer.from(samlResponse, 'base64').toString('utf8');

/** Changes the NameID inside the signed assertion, leaving the signature as it was. */
export function modifyAfterSigning(xml: string, nameId = 'intruder@evil.example'): string {
  const { document, assertion } = parse(xml);
  setText(document, nameIdOf(assertion), nameId);
  return serialize(document);
}

/** Removes every ds:Signature (the assertion's and the Response's, if any). */
export function stripSignature(xml: string): string {
  const { document, response } = parse(xml);
  removeSignatures(response);
  return serialize(document);
}

/**
 * XML signature wrapping. An unsigned copy of the signed assertion (same ID, NameID `evilNameId`)
 * is added, and the genuine signed assertion is kept somewhere a careless SP still finds its
 * signature valid:
 * - `extensions`: the signed assertion moves into `samlp:Extensions`; the evil copy takes its place.
 * - `before`: the evil copy is inserted before the signed assertion (two assertions in the Response).
 */
export function wrapSignature(xml: string, evilNameId: string, variant: 'extensions' | 'before' = 'extensions'): string {
  const { document, response, assertion } = parse(xml);
  const evil = assertion.cloneNode(true) as Element;
  removeSignatures(evil);
  setText(document, nameIdOf(evil), evilNameId);
  if (variant === 'before') {
    response.insertBefore(evil, assertion);
    return serialize(document);
  }
  const extensions = document.createElementNS(SAMLP, 'samlp:Extensions');
  response.replaceChild(evil, assertion);
  extensions.appendChild(assertion);
  // Schema order: Issuer, Signature?, Extensions?, Status, Assertion.
  const status = childElements(response).find((child) => child.localName === 'Status');
  response.insertBefore(extensions, status ?? evil);
  return serialize(document);
}

/**
 * The comment-truncation attack (CVE-2017-11427 family), done after signing: a comment is put
 * inside the NameID text right after `prefix`. Exclusive c14n drops comments, so the signature
 * stays VALID; a vulnerable SP then reads only the first text node (`prefix`).
 * E.g. a signed NameID `admin@council.example.evil.example` with prefix `admin@council.example`.
 */
export function injectCommentInNameId(xml: string, prefix: string): string {
  const { document, assertion } = parse(xml);
  const nameId = nameIdOf(assertion);
  const value = nameId.textContent ?? '';
  if (!value.startsWith(prefix) || value === prefix) throw new Error(`NameID "${value}" does not extend "${prefix}"`);
  while (nameId.firstChild) nameId.removeChild(nameId.firstChild);
  nameId.appendChild(document.createTextNode(prefix));
  nameId.appendChild(document.createComment(''));
  nameId.appendChild(document.createTextNode(value.slice(prefix.length)));
  return serialize(document);
}

/**
 * The same attack signed by the IdP itself: use as `overrides.rawNameIdXml` (and `user.nameId`
 * = `prefix + suffix`) so the comment is inside the signed content.
 */
export function commentedNameIdXml(prefix: string, suffix: string): string {
  return `${escapeXml(prefix)}<!---->${escapeXml(suffix)}`;
}
