/**
 * The unsigned XML of a SAML 2.0 login response (one assertion). Every value is escaped here;
 * the only raw input is `rawNameIdXml`, which exists for attack tests.
 */

export const SAML_PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const SAML_ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const NAME_ID_FORMAT = {
  email: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  persistent: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
} as const;

const ATTRIBUTE_NAME_FORMAT = 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic';
const PASSWORD_PROTECTED_TRANSPORT = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';

export interface ResponseXmlValues {
  responseId: string;
  assertionId: string;
  issueInstant: Date;
  destination: string;
  /** `null`: an unsolicited response (no InResponseTo anywhere). */
  inResponseTo: string | null;
  issuer: string;
  nameId: string;
  /** Written unescaped as the NameID's content instead of `nameId` (attack tests only). */
  rawNameIdXml?: string;
  recipient: string;
  subjectNotOnOrAfter: Date;
  notBefore: Date;
  notOnOrAfter: Date;
  audience: string;
  sessionIndex: string;
  /** Attribute name → value, in order; empty values are left out. */
  attributes: ReadonlyArray<readonly [string, string]>;
}

/** Escapes text for both element content and double- or single-quoted attribute values. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' })[char]};`);
}

export function nameIdFormatFor(nameId: string): string {
  return /^[^\s@]+@[^\s@]+$/.test(nameId) ? NAME_ID_FORMAT.email : NAME_ID_FORMAT.persistent;
}

const time = (date: Date): string => date.toISOString();

function inResponseToAttribute(values: ResponseXmlValues): string {
  return values.inResponseTo === null ? '' : ` InResponseTo="${escapeXml(values.inResponseTo)}"`;
}

function attributeStatement(attributes: ResponseXmlValues['attributes']): string {
  const present = attributes.filter(([, value]) => value !== '');
  if (present.length === 0) return '';
  const items = present.map(
    ([name, value]) =>
      `<saml:Attribute Name="${escapeXml(name)}" NameFormat="${ATTRIBUTE_NAME_FORMAT}">` +
      `<saml:AttributeValue xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue>` +
      `</saml:Attribute>`,
  );
  return `<saml:AttributeStatement>${items.join('')}</saml:AttributeStatement>`;
}

export function buildResponseXml(values: ResponseXmlValues): string {
  const inResponseTo = inResponseToAttribute(values);
  const nameIdContent = values.rawNameIdXml ?? escapeXml(values.nameId);
  const assertion =
    `<saml:Assertion xmlns:saml="${SAML_ASSERTION_NS}" xmlns:xs="http://www.w3.org/2001/XMLSchema" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="${escapeXml(values.assertionId)}" Version="2.0" ` +
    `IssueInstant="${time(values.issueInstant)}">` +
    `<saml:Issuer>${escapeXml(values.issuer)}</saml:Issuer>` +
    `<saml:Subject>` +
    `<saml:NameID Format="${nameIdFormatFor(values.nameId)}">${nameIdContent}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData NotOnOrAfter="${time(values.subjectNotOnOrAfter)}" ` +
    `Recipient="${escapeXml(values.recipient)}"${inResponseTo}/>` +
    `</saml:SubjectConfirmation>` +
    `</saml:Subject>` +
    `<saml:Conditions NotBefore="${time(values.notBefore)}" NotOnOrAfter="${time(values.notOnOrAfter)}">` +
    `<saml:AudienceRestriction><saml:Audience>${escapeXml(values.audience)}</saml:Audience></saml:AudienceRestriction>` +
    `</saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${time(values.issueInstant)}" SessionIndex="${escapeXml(values.sessionIndex)}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>${PASSWORD_PROTECTED_TRANSPORT}</saml:AuthnContextClassRef></saml:AuthnContext>` +
    `</saml:AuthnStatement>` +
    attributeStatement(values.attributes) +
    `</saml:Assertion>`;
  return (
    `<samlp:Response xmlns:samlp="${SAML_PROTOCOL_NS}" xmlns:saml="${SAML_ASSERTION_NS}" ` +
    `ID="${escapeXml(values.responseId)}" Version="2.0" IssueInstant="${time(values.issueInstant)}" ` +
    `Destination="${escapeXml(values.destination)}"${inResponseTo}>` +
    `<saml:Issuer>${escapeXml(values.issuer)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    assertion +
    `</samlp:Response>`
  );
}
