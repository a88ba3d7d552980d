import { Injectable } from '@nestjs/common';
import { SAML, SamlConfig, ValidateInResponseTo } from '@node-saml/passport-saml';
import { DataSource } from 'typeorm';
import { safeReturnTo } from '@moot/contracts';
import { AppConfig } from '../../config/app-config';
import { IdentityProviderEntity } from '../../identity-providers/identity-provider.entity';
import { toPem } from '../../identity-providers/idp-metadata';
import { SessionEntity } from '../sessions/session.entity';
import { checkAssertion } from './saml-assertion-checks';
import { PgSamlRequestCache } from './saml-request-cache';

/** AuthnRequest ids stay valid this long: time enough to sign in, including MFA. */
const REQUEST_TTL_MS = 10 * 60_000;
export const CLOCK_SKEW_MS = 60_000;
/** A base64 SAMLResponse larger than this is refused before any XML parsing. */
export const MAX_SAML_RESPONSE_BASE64 = 256 * 1024;

export interface VerifiedSamlAssertion {
  nameId: string;
  nameIdFormat: string | null;
  sessionIndex: string | null;
  attributes: Record<string, unknown>;
  assertionId: string;
}

export class SamlRejection extends Error {
  override name = 'SamlRejection';
}

export interface ServiceProviderUrls {
  entityId: string;
  acsUrl: string;
  sloUrl: string;
}

/** The SAML service provider, one configuration per identity provider (chosen by its slug). */
@Injectable()
export class SamlService {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  urls(idp: Pick<IdentityProviderEntity, 'slug'>): ServiceProviderUrls {
    const base = `${this.config.publicUrl}/api/auth/saml/${encodeURIComponent(idp.slug)}`;
    return { entityId: `${base}/metadata`, acsUrl: `${base}/acs`, sloUrl: `${base}/slo` };
  }

  private samlConfig(idp: IdentityProviderEntity): SamlConfig {
    const urls = this.urls(idp);
    return {
      entryPoint: idp.ssoUrl,
      issuer: urls.entityId,
      callbackUrl: urls.acsUrl,
      audience: urls.entityId,
      idpCert: idp.signingCertificates.map(toPem),
      idpIssuer: idp.entityId,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: false,
      acceptedClockSkewMs: CLOCK_SKEW_MS,
      // Unsolicited (IdP-initiated) responses carry no InResponseTo; only some IdPs may send them.
      validateInResponseTo: idp.allowUnsolicited ? ValidateInResponseTo.ifPresent : ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: REQUEST_TTL_MS,
      cacheProvider: new PgSamlRequestCache(this.dataSource, idp.id, REQUEST_TTL_MS),
      identifierFormat: null,
      // Requesting a password context breaks passwordless and MFA sign-in at Entra ID.
      disableRequestedAuthnContext: true,
      logoutUrl: idp.sloUrl ?? idp.ssoUrl,
      logoutCallbackUrl: urls.sloUrl,
    };
  }

  async loginUrl(idp: IdentityProviderEntity, returnTo: string): Promise<string> {
    return new SAML(this.samlConfig(idp)).getAuthorizeUrlAsync(safeReturnTo(returnTo), undefined, {});
  }

  serviceProviderMetadata(idp: IdentityProviderEntity): string {
    return new SAML(this.samlConfig(idp)).generateServiceProviderMetadata(null, null);
  }

  /** Validates an HTTP-POST SAMLResponse with every check; throws {@link SamlRejection} with the reason. */
  async verifyPostResponse(idp: IdentityProviderEntity, samlResponse: unknown): Promise<VerifiedSamlAssertion> {
    if (typeof samlResponse !== 'string' || samlResponse.length === 0) throw new SamlRejection('the request carried no SAMLResponse');
    if (samlResponse.length > MAX_SAML_RESPONSE_BASE64) throw new SamlRejection('the SAMLResponse is too large');
    const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
    if (!xml.trimStart().startsWith('<')) throw new SamlRejection('the SAMLResponse is not XML');
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new SamlRejection('the SAMLResponse contains a DOCTYPE');

    let profile;
    try {
      const result = await new SAML(this.samlConfig(idp)).validatePostResponseAsync({ SAMLResponse: samlResponse });
      if (result.loggedOut || !result.profile) throw new Error('the response is not a sign-in response');
      profile = result.profile;
    } catch (error) {
      throw new SamlRejection((error as Error).message || 'the response is not valid');
    }
    if (profile.issuer !== idp.entityId) throw new SamlRejection('the assertion was issued by another identity provider');
    const assertionXml = profile.getAssertionXml?.();
    if (!assertionXml) throw new SamlRejection('the response has no signed assertion');

    let facts;
    try {
      facts = checkAssertion(xml, assertionXml, this.urls(idp).acsUrl);
    } catch (error) {
      throw new SamlRejection((error as Error).message);
    }
    await this.acceptOnce(idp, facts.assertionId, facts.notOnOrAfter);

    const { issuer: _issuer, nameID, nameIDFormat, sessionIndex, getAssertion: _a, getAssertionXml: _b, getSamlResponseXml: _c, ...attributes } = profile;
    if (!nameID) throw new SamlRejection('the assertion has no NameID');
    return { nameId: nameID, nameIdFormat: nameIDFormat ?? null, sessionIndex: sessionIndex ?? null, attributes, assertionId: facts.assertionId };
  }

  /** Replay cache: an assertion id is accepted once, remembered until it would expire anyway. */
  private async acceptOnce(idp: IdentityProviderEntity, assertionId: string, notOnOrAfter: Date | null): Promise<void> {
    const keepUntil = new Date(Math.max(notOnOrAfter?.getTime() ?? 0, Date.now()) + CLOCK_SKEW_MS);
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO saml_seen_assertions (identity_provider_id, assertion_id, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING assertion_id`,
      [idp.id, assertionId.slice(0, 256), keepUntil],
    );
    if (inserted.length === 0) throw new SamlRejection('this assertion has already been used');
  }

  /** SP-initiated single logout URL, when the IdP supports it and the session came from it. */
  async logoutUrl(idp: IdentityProviderEntity, session: SessionEntity): Promise<string | null> {
    if (!idp.sloUrl || !session.samlNameId) return null;
    return new SAML(this.samlConfig(idp)).getLogoutUrlAsync(
      {
        issuer: idp.entityId,
        nameID: session.samlNameId,
        nameIDFormat: session.samlNameIdFormat ?? 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
        sessionIndex: session.samlSessionIndex ?? undefined,
      },
      '/',
      {},
    );
  }

  /**
   * Handles the IdP's redirect to our SLO endpoint: a LogoutResponse (to our request) or an
   * IdP-initiated LogoutRequest, which must end the matching sessions and be answered.
   */
  async handleLogoutRedirect(
    idp: IdentityProviderEntity,
    query: Record<string, string>,
    originalQuery: string,
  ): Promise<{ kind: 'response' } | { kind: 'request'; nameId: string; sessionIndex: string | null; respond: () => Promise<string> }> {
    const saml = new SAML(this.samlConfig(idp));
    let result;
    try {
      result = await saml.validateRedirectAsync(query, originalQuery);
    } catch (error) {
      throw new SamlRejection((error as Error).message);
    }
    if (!query.SAMLRequest || !result.profile) return { kind: 'response' };
    const profile = result.profile;
    return {
      kind: 'request',
      nameId: profile.nameID,
      sessionIndex: profile.sessionIndex ?? null,
      respond: () => saml.getLogoutResponseUrlAsync(profile, query.RelayState ?? '', {}, true),
    };
  }

  async purgeExpired(): Promise<void> {
    await this.dataSource.query('DELETE FROM saml_requests WHERE expires_at < now()');
    await this.dataSource.query('DELETE FROM saml_seen_assertions WHERE expires_at < now()');
  }
}
