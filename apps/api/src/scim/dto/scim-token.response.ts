import type { ScimTokenEntity } from '../scim-token.entity';

/** A token as admins see it in the list: never the secret. */
export interface ScimTokenSummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

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
