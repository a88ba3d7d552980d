import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { safeReturnTo, SignInProvider } from '@moot/contracts';
import { AuditService } from '../audit/audit.service';
import { IdentityProviderEntity } from '../identity-providers/identity-provider.entity';
import { IdentityProviderRepository } from '../identity-providers/identity-provider.repository';
import { UserEntity } from '../users/user.entity';
import { auditActorOf, auditOriginOf, RequestWithAuth } from './auth-context';
import { AuthException } from './auth.exception';
import { ProvisioningService } from './provisioning.service';
import { mapAttributes } from './saml/saml-attributes';
import { SamlRejection, SamlService } from './saml/saml.service';
import { SessionCookies } from './sessions/session-cookie';
import { NewSession, SessionService } from './sessions/session.service';

/** The sign-in journeys: discovery, SAML round trip, session cookies, sign-out; every outcome audited. */
@Injectable()
export class SignInService {
  private readonly logger = new Logger(SignInService.name);

  constructor(
    private readonly providersRepository: IdentityProviderRepository,
    private readonly saml: SamlService,
    private readonly provisioning: ProvisioningService,
    private readonly sessions: SessionService,
    private readonly cookies: SessionCookies,
    private readonly audit: AuditService,
  ) {}

  private toProvider(idp: IdentityProviderEntity): SignInProvider {
    return { slug: idp.slug, displayName: idp.displayName, loginUrl: `/api/auth/saml/${encodeURIComponent(idp.slug)}/login` };
  }

  async providers(): Promise<SignInProvider[]> {
    return (await this.providersRepository.listEnabled()).map((idp) => this.toProvider(idp));
  }

  async discover(email: string): Promise<SignInProvider> {
    const idp = await this.providersRepository.findEnabledByEmailDomain(email.slice(email.lastIndexOf('@') + 1));
    if (!idp) throw AuthException.unknownEmailDomain();
    return this.toProvider(idp);
  }

  /** Unknown and disabled providers are indistinguishable: both 404. */
  async enabledProvider(slug: string): Promise<IdentityProviderEntity> {
    const idp = /^[a-z0-9-]{1,40}$/.test(slug) ? await this.providersRepository.findEnabledBySlug(slug) : null;
    if (!idp) throw AuthException.unknownIdentityProvider();
    return idp;
  }

  async loginRedirect(slug: string, returnTo: unknown): Promise<string> {
    return this.saml.loginUrl(await this.enabledProvider(slug), safeReturnTo(returnTo));
  }

  async serviceProviderMetadata(slug: string): Promise<string> {
    return this.saml.serviceProviderMetadata(await this.enabledProvider(slug));
  }

  /** Completes a SAML sign-in; returns the same-origin path to send the browser to. */
  async completeSaml(slug: string, body: Record<string, unknown>, request: Request, response: Response): Promise<string> {
    const idp = await this.enabledProvider(slug);
    const origin = auditOriginOf(request);
    let user: UserEntity;
    let created: boolean;
    let verified;
    try {
      verified = await this.saml.verifyPostResponse(idp, body.SAMLResponse);
      const mapped = mapAttributes(verified.attributes, verified.nameId, idp.attributeMapping);
      ({ user, created } = await this.provisioning.provision(idp, verified.nameId, mapped));
    } catch (error) {
      const reason = error instanceof SamlRejection || error instanceof AuthException ? error.message : 'unexpected error';
      if (!(error instanceof SamlRejection || error instanceof AuthException)) this.logger.error({ err: error }, 'SAML sign-in failed');
      await this.audit.record({
        actor: { userId: null, label: `idp:${idp.slug}` },
        action: 'auth.sign_in',
        outcome: 'failure',
        target: { type: 'identity_provider', id: idp.id },
        details: { reason },
        origin,
      });
      throw error instanceof AuthException ? error : AuthException.samlRejected(error instanceof SamlRejection ? error.message : 'the response could not be processed');
    }
    await this.startSession(response, {
      userId: user.id,
      method: 'saml',
      identityProviderId: idp.id,
      samlNameId: verified.nameId,
      samlNameIdFormat: verified.nameIdFormat,
      samlSessionIndex: verified.sessionIndex,
      ip: origin.ip,
      userAgent: origin.userAgent,
    });
    await this.audit.record({
      actor: { userId: user.id, label: user.email },
      action: 'auth.sign_in',
      target: { type: 'identity_provider', id: idp.id },
      details: { idp: idp.slug, provisioned: created },
      origin,
    });
    return safeReturnTo(body.RelayState);
  }

  async startSession(response: Response, input: NewSession): Promise<void> {
    const issued = await this.sessions.create(input);
    response.cookie(this.cookies.sessionName, issued.token, this.cookies.sessionOptions(issued.maxAgeMs));
    response.cookie(this.cookies.csrfName, issued.session.csrfToken, this.cookies.csrfOptions(issued.maxAgeMs));
  }

  async signOut(request: RequestWithAuth, response: Response): Promise<{ redirectTo: string }> {
    const auth = request.auth;
    response.clearCookie(this.cookies.sessionName, { path: '/' });
    response.clearCookie(this.cookies.csrfName, { path: '/' });
    if (!auth) return { redirectTo: '/sign-in?signedOut=1' };
    await this.sessions.end(auth.token, 'signed-out');
    await this.audit.record({ actor: auditActorOf(request), action: 'auth.sign_out', origin: auditOriginOf(request) });
    const idp = auth.session.identityProviderId ? await this.providersRepository.findById(auth.session.identityProviderId) : null;
    const sloUrl = idp?.enabled ? await this.saml.logoutUrl(idp, auth.session).catch(() => null) : null;
    return { redirectTo: sloUrl ?? '/sign-in?signedOut=1' };
  }

  /** The IdP's redirect to our SLO endpoint; returns where to send the browser. */
  async handleSingleLogout(slug: string, request: Request): Promise<string> {
    const idp = await this.enabledProvider(slug);
    const originalQuery = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?') + 1) : '';
    let outcome;
    try {
      outcome = await this.saml.handleLogoutRedirect(idp, request.query as Record<string, string>, originalQuery);
    } catch (error) {
      throw AuthException.samlRejected((error as Error).message);
    }
    if (outcome.kind === 'response') return '/sign-in?signedOut=1';
    const ended = await this.sessions.endForIdentityProvider(idp.id, outcome.nameId, outcome.sessionIndex);
    await this.audit.record({
      actor: { userId: null, label: `idp:${idp.slug}` },
      action: 'auth.single_logout',
      target: { type: 'identity_provider', id: idp.id },
      details: { sessionsEnded: ended },
      origin: auditOriginOf(request),
    });
    return outcome.respond();
  }
}
