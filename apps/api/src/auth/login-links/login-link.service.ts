import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AuditActor, AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { UserEntity } from '../../users/user.entity';
import { UserRepository } from '../../users/user.repository';
import { auditOriginOf, RequestWithAuth } from '../auth-context';
import { AuthException } from '../auth.exception';
import { hashToken, newSecretToken } from '../sessions/session-token';
import { SessionService } from '../sessions/session.service';
import { SignInService } from '../sign-in.service';
import { LoginLinkException } from './login-link.exception';
import { LoginLinkRepository } from './login-link.repository';

export const LOGIN_LINK_VALID_MINUTES = 15;
/** newSecretToken() makes 43 base64url characters; anything else is not worth a query. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface IssuedLoginLink {
  url: string;
  expiresAt: Date;
  validMinutes: number;
}

/**
 * Break-glass sign-in for admins when the identity provider is broken: a one-use link, valid
 * for 15 minutes, issued from the server's command line. Only the token's hash is stored.
 */
@Injectable()
export class LoginLinkService {
  constructor(
    private readonly config: AppConfig,
    private readonly links: LoginLinkRepository,
    private readonly users: UserRepository,
    private readonly signIns: SignInService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async issue(email: string, issuedBy: AuditActor): Promise<IssuedLoginLink> {
    const user = await this.users.findByEmail(email.trim());
    const refusal = !user ? LoginLinkException.unknownUser(email.trim()) : !isActiveAdmin(user) ? LoginLinkException.notAnActiveAdmin(user) : null;
    if (refusal || !user) {
      await this.audit.record({
        actor: issuedBy,
        action: 'auth.login_link_issue',
        outcome: 'failure',
        target: user ? { type: 'user', id: user.id } : undefined,
        details: { email: email.trim().toLowerCase(), reason: refusal?.message },
      });
      throw refusal;
    }
    const token = newSecretToken();
    const expiresAt = await this.links.insert(hashToken(token), user.id, LOGIN_LINK_VALID_MINUTES, issuedBy.label);
    await this.audit.record({
      actor: issuedBy,
      action: 'auth.login_link_issue',
      target: { type: 'user', id: user.id },
      details: { email: user.email, expiresAt: expiresAt.toISOString() },
    });
    return { url: `${this.config.publicUrl}/api/auth/login-link/${token}`, expiresAt, validMinutes: LOGIN_LINK_VALID_MINUTES };
  }

  /** Uses up a link and signs its admin in; throws {@link AuthException.loginLinkInvalid} otherwise. */
  async signIn(token: string, request: RequestWithAuth, response: Response): Promise<void> {
    const origin = auditOriginOf(request);
    const userId = TOKEN_SHAPE.test(token) ? await this.links.consume(hashToken(token)) : null;
    const user = userId ? await this.users.findById(userId) : null;
    if (!user || !isActiveAdmin(user)) {
      await this.audit.record({
        actor: user ? { userId: user.id, label: user.email } : { userId: null, label: 'anonymous' },
        action: 'auth.sign_in',
        outcome: 'failure',
        details: { method: 'login-link', reason: user ? 'no longer an active admin' : 'unknown, used or expired link' },
        origin,
      });
      throw AuthException.loginLinkInvalid();
    }
    // Signing in as someone else in this browser replaces, and ends, the earlier session.
    if (request.auth) await this.sessions.end(request.auth.token, 'signed-out');
    await this.signIns.startSession(response, { userId: user.id, method: 'login-link', ip: origin.ip, userAgent: origin.userAgent });
    await this.audit.record({
      actor: { userId: user.id, label: user.email },
      action: 'auth.sign_in',
      target: { type: 'user', id: user.id },
      details: { method: 'login-link' },
      origin,
    });
  }
}

function isActiveAdmin(user: UserEntity): boolean {
  return user.role === 'admin' && user.status === 'active';
}
