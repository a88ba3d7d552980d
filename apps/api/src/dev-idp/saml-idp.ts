import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { DOMParser, Element } from '@xmldom/xmldom';
import { IdentityProvider, IdentityProviderInstance, SamlLib, ServiceProvider, setSchemaValidator } from 'samlify';
import { buildResponseXml, NAME_ID_FORMAT, SAML_PROTOCOL_NS } from './saml-response-xml';
import { xmllintSchemaValidator } from './saml-schema-validator';

// samlify refuses to parse anything until a schema validator is registered (module-wide setting).
setSchemaValidator(xmllintSchemaValidator);

const REDIRECT_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SIGNED_TRANSFORMS = ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'];
const ASSERTION_XPATH = "/*[local-name(.)='Response']/*[local-name(.)='Assertion']";
const MAX_ENCODED_REQUEST_CHARS = 64 * 1024;
const MAX_INFLATED_REQUEST_BYTES = 256 * 1024;
const RESPONSE_LIFETIME_MS = 5 * 60 * 1000;

export interface SamlIdpUser {
  nameId: string;
  email: string;
  givenName?: string | null;
  familyName?: string | null;
  displayName?: string | null;
  department?: string | null;
  jobTitle?: string | null;
  extraAttributes?: Record<string, string>;
}

export interface SamlIdpOptions {
  entityId: string;
  ssoUrl: string;
  sloUrl?: string;
  privateKeyPem: string;
  certificatePem: string;
}

export interface AuthnRequestInfo {
  id: string;
  issuer: string;
  acsUrl: string | null;
  relayState: string | null;
}

export interface LogoutRequestInfo {
  id: string;
  issuer: string;
  nameId: string | null;
  relayState: string | null;
}

/** For attack tests; the defaults give a fully valid response. */
export interface ResponseOverrides {
  /** `null`: unsolicited (InResponseTo omitted everywhere). */
  inResponseTo?: string | null;
  audience?: string;
  destination?: string;
  recipient?: string;
  issuer?: string;
  notBefore?: Date;
  notOnOrAfter?: Date;
  issueInstant?: Date;
  subjectNotOnOrAfter?: Date;
  assertionId?: string;
  responseId?: string;
  sessionIndex?: string;
  /** Written UNESCAPED as the NameID's content before signing (e.g. `a@b.example<!---->.evil`). */
  rawNameIdXml?: string;
}

export interface CreateResponseArgs {
  acsUrl: string;
  spEntityId: string;
  user: SamlIdpUser;
  /** The AuthnRequest ID being answered; omitted (and no override) means an unsolicited response. */
  inResponseTo?: string;
  overrides?: ResponseOverrides;
}

/** A SAML message this IdP will not act on; the message is safe to show to the person. */
export class SamlIdpRequestError extends Error {
  override name = 'SamlIdpRequestError';
}

const newId = (): string => `_${randomUUID()}`;

function certificateBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

/** samlify parses redirect-binding requests itself; it still needs an SP, whose identity it ignores for requests. */
let anyServiceProvider: ReturnType<typeof ServiceProvider> | undefined;
function placeholderServiceProvider(): ReturnType<typeof ServiceProvider> {
  anyServiceProvider ??= ServiceProvider({ entityID: 'urn:moot:dev-idp:any-service-provider' });
  return anyServiceProvider;
}

/** Inflates a redirect-binding message with size limits and returns its root element name. */
function inspectRedirectMessage(encoded: unknown): { localName: string; namespace: string | null } {
  if (typeof encoded !== 'string' || encoded.length === 0) throw new SamlIdpRequestError('SAMLRequest is missing.');
  if (encoded.length > MAX_ENCODED_REQUEST_CHARS) throw new SamlIdpRequestError('SAMLRequest is too large.');
  let xml: string;
  try {
    xml = inflateRawSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_INFLATED_REQUEST_BYTES }).toString('utf8');
  } catch {
    throw new SamlIdpRequestError('SAMLRequest is not a deflated, base64-encoded message (HTTP-Redirect binding).');
  }
  if (/<!DOCTYPE/i.test(xml)) throw new SamlIdpRequestError('SAMLRequest must not contain a DOCTYPE.');
  let root: Element | null = null;
  try {
    const parser = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } });
    root = parser.parseFromString(xml, 'text/xml').documentElement;
  } catch {
    // Reported below.
  }
  if (!root) throw new SamlIdpRequestError('SAMLRequest is not well-formed XML.');
  return { localName: root.localName ?? root.nodeName, namespace: root.namespaceURI };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** A SAML 2.0 identity provider: the built-in development IdP, and the IdP of the API's auth tests. */
export class SamlIdp {
  private readonly entity: IdentityProviderInstance;

  constructor(private readonly options: SamlIdpOptions) {
    this.entity = IdentityProvider({
      entityID: options.entityId,
      privateKey: options.privateKeyPem,
      signingCert: options.certificatePem,
      wantAuthnRequestsSigned: false,
      nameIDFormat: [NAME_ID_FORMAT.email, NAME_ID_FORMAT.persistent],
      singleSignOnService: [{ Binding: REDIRECT_BINDING, Location: options.ssoUrl }],
      singleLogoutService: options.sloUrl ? [{ Binding: REDIRECT_BINDING, Location: options.sloUrl }] : [],
    });
  }

  /** IdP metadata: signing KeyDescriptor, SSO and (when configured) SLO over HTTP-Redirect. */
  metadataXml(): string {
    return this.entity.getMetadata();
  }

  /** Parses an unsigned AuthnRequest sent with the HTTP-Redirect binding (deflated + base64). */
  async parseAuthnRequest(query: { SAMLRequest: string; RelayState?: string }): Promise<AuthnRequestInfo> {
    this.assertRoot(query.SAMLRequest, 'AuthnRequest');
    const parsed = await this.entity
      .parseLoginRequest(placeholderServiceProvider(), 'redirect', { query: { SAMLRequest: query.SAMLRequest } })
      .catch(() => {
        throw new SamlIdpRequestError('SAMLRequest is not a valid SAML 2.0 AuthnRequest.');
      });
    // samlify camel-cases attribute names: ID → id, AssertionConsumerServiceURL → assertionConsumerServiceUrl.
    const request = parsed.extract.request ?? {};
    const id = text(request['id']);
    const issuer = text(parsed.extract.issuer);
    if (!id || !issuer) throw new SamlIdpRequestError('The AuthnRequest has no ID or no Issuer.');
    return { id, issuer, acsUrl: text(request['assertionConsumerServiceUrl']), relayState: text(query.RelayState) };
  }

  /** Parses an unsigned LogoutRequest sent with the HTTP-Redirect binding. */
  async parseLogoutRequest(query: { SAMLRequest: string; RelayState?: string }): Promise<LogoutRequestInfo> {
    this.assertRoot(query.SAMLRequest, 'LogoutRequest');
    const parsed = await this.entity
      .parseLogoutRequest(placeholderServiceProvider(), 'redirect', { query: { SAMLRequest: query.SAMLRequest } })
      .catch(() => {
        throw new SamlIdpRequestError('SAMLRequest is not a valid SAML 2.0 LogoutRequest.');
      });
    const id = text(parsed.extract.request?.['id']);
    const issuer = text(parsed.extract.issuer);
    if (!id || !issuer) throw new SamlIdpRequestError('The LogoutRequest has no ID or no Issuer.');
    return { id, issuer, nameId: text(parsed.extract.nameID), relayState: text(query.RelayState) };
  }

  /** A Response whose single assertion is signed (enveloped, RSA-SHA256, exc-c14n); base64 for HTTP-POST. */
  async createResponse(args: CreateResponseArgs): Promise<{ samlResponse: string; xml: string }> {
    const { acsUrl, spEntityId, user } = args;
    const overrides = args.overrides ?? {};
    const now = overrides.issueInstant ?? new Date();
    const expiry = new Date(now.getTime() + RESPONSE_LIFETIME_MS);
    const unsigned = buildResponseXml({
      responseId: overrides.responseId ?? newId(),
      assertionId: overrides.assertionId ?? newId(),
      issueInstant: now,
      destination: overrides.destination ?? acsUrl,
      inResponseTo: overrides.inResponseTo !== undefined ? overrides.inResponseTo : (args.inResponseTo ?? null),
      issuer: overrides.issuer ?? this.options.entityId,
      nameId: user.nameId,
      rawNameIdXml: overrides.rawNameIdXml,
      recipient: overrides.recipient ?? acsUrl,
      subjectNotOnOrAfter: overrides.subjectNotOnOrAfter ?? expiry,
      notBefore: overrides.notBefore ?? now,
      notOnOrAfter: overrides.notOnOrAfter ?? expiry,
      audience: overrides.audience ?? spEntityId,
      sessionIndex: overrides.sessionIndex ?? newId(),
      attributes: [
        ['email', user.email],
        ['givenName', user.givenName ?? ''],
        ['surname', user.familyName ?? ''],
        ['displayName', user.displayName ?? ''],
        ['department', user.department ?? ''],
        ['jobTitle', user.jobTitle ?? ''],
        ...Object.entries(user.extraAttributes ?? {}),
      ],
    });
    const xml = SamlLib.constructSAMLSignature({
      rawSamlMessage: unsigned,
      referenceTagXPath: ASSERTION_XPATH,
      privateKey: this.options.privateKeyPem,
      signatureAlgorithm: RSA_SHA256,
      signingCert: certificateBody(this.options.certificatePem),
      transformationAlgorithms: SIGNED_TRANSFORMS,
      isBase64Output: false,
      // The schema puts ds:Signature right after the assertion's Issuer.
      signatureConfig: { prefix: 'ds', location: { reference: `${ASSERTION_XPATH}/*[local-name(.)='Issuer']`, action: 'after' } },
    });
    return { samlResponse: Buffer.from(xml, 'utf8').toString('base64'), xml };
  }

  private assertRoot(encoded: unknown, expected: 'AuthnRequest' | 'LogoutRequest'): void {
    const root = inspectRedirectMessage(encoded);
    if (root.localName !== expected || root.namespace !== SAML_PROTOCOL_NS) {
      throw new SamlIdpRequestError(`SAMLRequest must be a SAML 2.0 ${expected}, not ${root.localName}.`);
    }
  }
}
