import type { CacheItem, CacheProvider } from '@node-saml/passport-saml';
import { DataSource } from 'typeorm';
import { returningRows } from '../../database/returning-rows';

/**
 * node-saml's InResponseTo cache, kept in PostgreSQL so a response can land on any API
 * instance. Entries are scoped to one identity provider: an id issued for one IdP is not
 * valid in a response from another.
 */
export class PgSamlRequestCache implements CacheProvider {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identityProviderId: string,
    private readonly ttlMs: number,
  ) {}

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    const createdAt = Date.now();
    await this.dataSource.query(
      `INSERT INTO saml_requests (id, identity_provider_id, value, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING`,
      [key, this.identityProviderId, value, new Date(createdAt + this.ttlMs)],
    );
    return { value, createdAt };
  }

  async getAsync(key: string): Promise<string | null> {
    const rows: { value: string }[] = await this.dataSource.query(
      'SELECT value FROM saml_requests WHERE id = $1 AND identity_provider_id = $2 AND expires_at > now()',
      [key, this.identityProviderId],
    );
    return rows[0]?.value ?? null;
  }

  async removeAsync(key: string | null): Promise<string | null> {
    if (!key) return null;
    const rows = returningRows<{ value: string }>(
      await this.dataSource.query('DELETE FROM saml_requests WHERE id = $1 AND identity_provider_id = $2 RETURNING value', [key, this.identityProviderId]),
    );
    return rows[0]?.value ?? null;
  }
}
