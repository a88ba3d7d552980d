import { Injectable } from '@nestjs/common';
import { AuditActor, AuditOrigin, AuditService } from '../audit/audit.service';
import { hashToken, newSecretToken } from '../auth/sessions/session-token';
import { SCIM_TOKEN_HINT_LENGTH, SCIM_TOKEN_PREFIX } from './scim.constants';
import { ScimTokenEntity } from './scim-token.entity';
import { ScimTokenException } from './scim-token.exception';
import { ScimTokenRepository } from './scim-token.repository';

/** What a SCIM call is attributed to once its bearer token checks out. */
export interface ScimClient {
  tokenId: string;
  name: string;
}

export interface IssuedScimToken {
  id: string;
  name: string;
  /** Shown once; only its SHA-256 is stored. */
  token: string;
}

const TOUCH_INTERVAL_MS = 60_000;
const MAX_TOKEN_LENGTH = 200;

/** Issues, revokes and checks the bearer tokens identity providers use for SCIM. */
@Injectable()
export class ScimTokenService {
  constructor(
    private readonly tokens: ScimTokenRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<ScimTokenEntity[]> {
    return this.tokens.listNewestFirst();
  }

  async issue(name: string, actor: AuditActor, origin: AuditOrigin): Promise<IssuedScimToken> {
    const token = `${SCIM_TOKEN_PREFIX}${newSecretToken()}`;
    const saved = await this.tokens.insert({
      name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, SCIM_TOKEN_HINT_LENGTH),
      createdById: actor.userId,
    });
    await this.audit.record({ actor, origin, action: 'scim.token_issue', target: { type: 'scim_token', id: saved.id }, details: { name } });
    return { id: saved.id, name: saved.name, token };
  }

  async revoke(id: string, actor: AuditActor, origin: AuditOrigin): Promise<void> {
    const token = await this.tokens.findById(id);
    if (!token) throw ScimTokenException.notFound();
    if (await this.tokens.revoke(id, new Date())) {
      await this.audit.record({ actor, origin, action: 'scim.token_revoke', target: { type: 'scim_token', id }, details: { name: token.name } });
    }
  }

  /** The client behind an `Authorization` header, or null (missing, malformed, unknown or revoked token). */
  async authenticate(authorization: string | undefined): Promise<ScimClient | null> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const token = match?.[1];
    if (!token || token.length > MAX_TOKEN_LENGTH) return null;
    const found = await this.tokens.findLiveByHash(hashToken(token));
    if (!found) return null;
    const now = Date.now();
    if (!found.lastUsedAt || now - found.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.tokens.touch(found.id, new Date(now), new Date(now - TOUCH_INTERVAL_MS));
    }
    return { tokenId: found.id, name: found.name };
  }
}
