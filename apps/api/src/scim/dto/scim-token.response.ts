import type { ScimTokenSummary } from '@moot/contracts';
import type { ScimTokenEntity } from '../scim-token.entity';

export type { ScimTokenSummary };

export function toScimTokenSummary(token: ScimTokenEntity): ScimTokenSummary {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
