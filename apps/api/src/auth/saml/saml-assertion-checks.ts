import { DOMParser, Element } from '@xmldom/xmldom';

const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';
const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

export interface AssertionFacts {
  assertionId: string;
  /** Latest instant the assertion may be used: for the replay cache's lifetime. */
  notOnOrAfter: Date | null;
}

function parse(xml: string): Element {
  const document = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } }).parseFromString(xml, 'text/xml');
  return document.documentElement as unknown as Element;
}

function latest(...dates: (string | null | undefined)[]): Date | null {
  const times = dates.filter((d): d is string => !!d).map((d) => new Date(d).getTime()).filter((t) => !Number.isNaN(t));
  return times.length ? new Date(Math.max(...times)) : null;
}

/**
 * Checks node-saml leaves to the application, applied to the VERIFIED assertion XML
 * (the signed one, so signature wrapping cannot substitute values) and to the response:
 * - the Response's Destination, when present, is this ACS URL;
 * - a bearer SubjectConfirmation exists whose Recipient is this ACS URL.
 * Returns the assertion id and expiry for the replay cache.
 */
export function checkAssertion(responseXml: string, verifiedAssertionXml: string, acsUrl: string): AssertionFacts {
  const response = parse(responseXml);
  const destination = response.getAttribute('Destination');
  if (destination && destination !== acsUrl) throw new Error('the response is addressed to another service (Destination)');

  const assertion = parse(verifiedAssertionXml);
  const assertionId = assertion.getAttribute('ID');
  if (!assertionId) throw new Error('the assertion has no ID');
  const confirmations = Array.from(assertion.getElementsByTagNameNS(SAML, 'SubjectConfirmation')).filter(
    (confirmation) => confirmation.getAttribute('Method') === BEARER,
  );
  const data = confirmations.flatMap((confirmation) => Array.from(confirmation.getElementsByTagNameNS(SAML, 'SubjectConfirmationData')));
  if (data.length === 0) throw new Error('the assertion has no bearer subject confirmation');
  if (!data.some((item) => item.getAttribute('Recipient') === acsUrl)) {
    throw new Error('the assertion is meant for another recipient (SubjectConfirmationData Recipient)');
  }
  const conditions = assertion.getElementsByTagNameNS(SAML, 'Conditions')[0];
  return {
    assertionId,
    notOnOrAfter: latest(conditions?.getAttribute('NotOnOrAfter'), ...data.map((item) => item.getAttribute('NotOnOrAfter'))),
  };
}
