import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DevIdpException } from './dev-idp.exception';
import { loadOrCreateDevIdpKeys } from './dev-idp-keys';
import { DevIdpUser, DevIdpUsersRepository } from './dev-idp-users.repository';
import { AuthnRequestInfo, SamlIdp, SamlIdpRequestError } from './saml-idp';

/** The slug Moot registers the development IdP under. */
export const DEV_IDP_SLUG = 'dev';
const MAX_RELAY_STATE_CHARS = 2048;

export interface DevIdpUrls {
  entityId: string;
  ssoUrl: string;
  sloUrl: string;
  /** Moot's own SP endpoints for the `dev` IdP: the only ones this IdP answers. */
  acsUrl: string;
  spEntityId: string;
  home: string;
}

export function devIdpUrls(publicUrl: string): DevIdpUrls {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    entityId: `${base}/api/dev-idp/metadata`,
    ssoUrl: `${base}/api/dev-idp/sso`,
    sloUrl: `${base}/api/dev-idp/slo`,
    acsUrl: `${base}/api/auth/saml/${DEV_IDP_SLUG}/acs`,
    spEntityId: `${base}/api/auth/saml/${DEV_IDP_SLUG}/metadata`,
    home: `${base}/sign-in?signedOut=1`,
  };
}

export interface UserChoice {
  samlRequest: string;
  relayState: string | null;
  people: DevIdpUser[];
}

export interface SignedAnswer {
  acsUrl: string;
  samlResponse: string;
  relayState: string | null;
}

type Fields = Record<string, unknown>;

/**
 * The built-in development identity provider: signs anyone active in the database in to Moot,
 * without a password. Its module is never loaded in production, and its routes answer 404 there.
 */
@Injectable()
export class DevIdpService {
  readonly urls: DevIdpUrls;
  private idp: Promise<SamlIdp> | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly users: DevIdpUsersRepository,
  ) {
    this.urls = devIdpUrls(config.publicUrl);
  }

  /** Built on first use from the key kept under `<dataDir>/dev-idp/`. */
  getIdp(): Promise<SamlIdp> {
    this.idp ??= loadOrCreateDevIdpKeys(this.config.dataDir).then(
      ({ privateKeyPem, certificatePem }) =>
        new SamlIdp({ entityId: this.urls.entityId, ssoUrl: this.urls.ssoUrl, sloUrl: this.urls.sloUrl, privateKeyPem, certificatePem }),
    );
    // A failed start (e.g. an unwritable data directory) is retried on the next call.
    this.idp.catch(() => (this.idp = undefined));
    return this.idp;
  }

  async metadataXml(): Promise<string> {
    return (await this.getIdp()).metadataXml();
  }

  async chooseUser(query: Fields): Promise<UserChoice> {
    const { samlRequest, relayState } = await this.readAuthnRequest(query);
    return { samlRequest, relayState, people: await this.users.listActive() };
  }

  async signIn(body: Fields): Promise<SignedAnswer> {
    const { request, relayState } = await this.readAuthnRequest(body);
    const userId = typeof body['userId'] === 'string' ? body['userId'] : '';
    const user = await this.users.findById(userId);
    if (!user) throw DevIdpException.unknownUser();
    if (user.status !== 'active') throw DevIdpException.inactiveUser(user.displayName);

    const idp = await this.getIdp();
    const { samlResponse } = await idp.createResponse({
      acsUrl: this.urls.acsUrl,
      spEntityId: this.urls.spEntityId,
      inResponseTo: request.id,
      user: {
        nameId: user.email,
        email: user.email,
        givenName: user.givenName,
        familyName: user.familyName,
        displayName: user.displayName,
        department: user.department,
        jobTitle: user.jobTitle,
      },
    });
    return { acsUrl: this.urls.acsUrl, samlResponse, relayState };
  }

  /**
   * Single logout: there is no IdP session to end, so after checking the LogoutRequest (if any)
   * the person goes back to Moot's sign-in page, which says they have signed out.
   */
  async logout(query: Fields): Promise<string> {
    if (query['SAMLRequest'] !== undefined) {
      const { samlRequest, relayState } = this.redirectFields(query);
      const idp = await this.getIdp();
      await idp.parseLogoutRequest({ SAMLRequest: samlRequest, RelayState: relayState ?? undefined }).catch(rethrowAsBadRequest);
    }
    return this.urls.home;
  }

  private async readAuthnRequest(fields: Fields): Promise<{ request: AuthnRequestInfo; samlRequest: string; relayState: string | null }> {
    const { samlRequest, relayState } = this.redirectFields(fields);
    const idp = await this.getIdp();
    const request = await idp.parseAuthnRequest({ SAMLRequest: samlRequest, RelayState: relayState ?? undefined }).catch(rethrowAsBadRequest);
    if (request.acsUrl !== this.urls.acsUrl) {
      throw DevIdpException.badRequest(
        `This development IdP only signs people in to this Moot (${this.urls.acsUrl}); the request asks to answer ` +
          `${request.acsUrl ? `at ${request.acsUrl}` : 'without an AssertionConsumerServiceURL'}.`,
      );
    }
    return { request, samlRequest, relayState };
  }

  private redirectFields(fields: Fields): { samlRequest: string; relayState: string | null } {
    const samlRequest = fields['SAMLRequest'];
    const relayState = fields['RelayState'];
    if (typeof samlRequest !== 'string' || samlRequest === '') {
      throw DevIdpException.badRequest('There is no SAMLRequest. Start signing in from Moot’s sign-in page.');
    }
    if (relayState !== undefined && typeof relayState !== 'string') throw DevIdpException.badRequest('RelayState must be given once.');
    if (relayState !== undefined && relayState.length > MAX_RELAY_STATE_CHARS) throw DevIdpException.badRequest('RelayState is too long.');
    return { samlRequest, relayState: relayState || null };
  }
}

function rethrowAsBadRequest(error: unknown): never {
  if (error instanceof SamlIdpRequestError) throw DevIdpException.badRequest(error.message);
  throw error;
}
