import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { ScimTokenEntity } from './scim-token.entity';

@Injectable()
export class ScimTokenRepository {
  constructor(@InjectRepository(ScimTokenEntity) private readonly tokens: Repository<ScimTokenEntity>) {}

  listNewestFirst(): Promise<ScimTokenEntity[]> {
    return this.tokens.find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  findById(id: string): Promise<ScimTokenEntity | null> {
    return this.tokens.findOneBy({ id });
  }

  findLiveByHash(tokenHash: string): Promise<ScimTokenEntity | null> {
    return this.tokens.findOneBy({ tokenHash, revokedAt: IsNull() });
  }

  async insert(token: Pick<ScimTokenEntity, 'name' | 'tokenHash' | 'prefix' | 'createdById'>): Promise<ScimTokenEntity> {
    return this.tokens.save(this.tokens.create(token));
  }

  /** Revokes a live token; false when it was already revoked. */
  async revoke(id: string, at: Date): Promise<boolean> {
    const result = await this.tokens.update({ id, revokedAt: IsNull() }, { revokedAt: at });
    return (result.affected ?? 0) > 0;
  }

  /** One write a minute at most, however busy the client is. */
  async touch(id: string, at: Date, notSince: Date): Promise<void> {
    await this.tokens.query('UPDATE scim_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)', [id, at, notSince]);
  }
}
