import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { SessionEntity } from './session.entity';
import { SessionEvents, SessionEndReason } from './session-events';
import { SessionRepository, SessionWithUser } from './session.repository';
import { hashToken, newSecretToken } from './session-token';

export interface NewSession {
  userId: string;
  method: 'saml' | 'login-link';
  identityProviderId?: string | null;
  samlNameId?: string | null;
  samlNameIdFormat?: string | null;
  samlSessionIndex?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export interface IssuedSession {
  /** The secret for the cookie; never stored. */
  token: string;
  session: SessionEntity;
  maxAgeMs: number;
}

/** Avoids a write per request: last-seen is refreshed at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

/** Server-side sessions in PostgreSQL, with idle and absolute timeouts. */
@Injectable()
export class SessionService {
  constructor(
    private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
    private readonly events: SessionEvents,
  ) {}

  get maxAgeMs(): number {
    return this.config.sessionMaxHours * 3_600_000;
  }

  private get idleMs(): number {
    return this.config.sessionIdleMinutes * 60_000;
  }

  /** Always a new token: signing in never reuses an earlier session id (no fixation). */
  async create(input: NewSession): Promise<IssuedSession> {
    const token = newSecretToken();
    const now = new Date();
    const session: Omit<SessionEntity, 'createdAt' | 'user'> = {
      tokenHash: hashToken(token),
      publicId: randomUUID(),
      userId: input.userId,
      csrfToken: newSecretToken(),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.maxAgeMs),
      identityProviderId: input.identityProviderId ?? null,
      samlNameId: input.samlNameId ?? null,
      samlNameIdFormat: input.samlNameIdFormat ?? null,
      samlSessionIndex: input.samlSessionIndex ?? null,
      method: input.method,
      ip: input.ip?.slice(0, 64) ?? null,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
    };
    await this.sessions.insert(session);
    return { token, session: { ...session, createdAt: now }, maxAgeMs: this.maxAgeMs };
  }

  /** The live session and its person for a cookie token, or null (expired, idle, deactivated). */
  async resolve(token: string | undefined): Promise<SessionWithUser | null> {
    if (!token || token.length > 128) return null;
    const tokenHash = hashToken(token);
    const found = await this.sessions.findWithUser(tokenHash);
    if (!found) return null;
    const now = Date.now();
    const { session, user } = found;
    const expired = session.expiresAt.getTime() <= now;
    const idle = session.lastSeenAt.getTime() + this.idleMs <= now;
    if (expired || idle || user.status !== 'active') {
      await this.end(token, user.status !== 'active' ? 'deactivated' : 'expired');
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      await this.sessions.touch(tokenHash, session.lastSeenAt);
    }
    return found;
  }

  async end(token: string, reason: SessionEndReason = 'signed-out'): Promise<SessionEntity | null> {
    const ended = await this.sessions.deleteOne(hashToken(token));
    if (ended) this.events.emitEnded({ userId: ended.userId, sessionPublicIds: [ended.publicId], reason });
    return ended;
  }

  /** Ends every session of a person at once (deactivation, role change, admin action). */
  async endAllForUser(userId: string, reason: SessionEndReason): Promise<number> {
    const publicIds = await this.sessions.deleteAllForUser(userId);
    this.events.emitEnded({ userId, sessionPublicIds: publicIds, reason });
    return publicIds.length;
  }

  /** IdP-initiated single logout: ends the sessions that IdP opened for that NameID (and SessionIndex). */
  async endForIdentityProvider(identityProviderId: string, nameId: string, sessionIndex: string | null): Promise<number> {
    const ended = await this.sessions.deleteForIdentity(identityProviderId, nameId, sessionIndex);
    for (const { userId, publicId } of ended) this.events.emitEnded({ userId, sessionPublicIds: [publicId], reason: 'signed-out' });
    return ended.length;
  }

  /** Ends every session an identity provider opened (it was disabled or removed). */
  async endAllForIdentityProvider(identityProviderId: string): Promise<number> {
    const ended = await this.sessions.deleteAllForIdentityProvider(identityProviderId);
    const byUser = new Map<string, string[]>();
    for (const { userId, publicId } of ended) byUser.set(userId, [...(byUser.get(userId) ?? []), publicId]);
    for (const [userId, sessionPublicIds] of byUser) this.events.emitEnded({ userId, sessionPublicIds, reason: 'expired' });
    return ended.length;
  }

  async purgeExpired(): Promise<number> {
    return this.sessions.deleteExpired(new Date());
  }
}
