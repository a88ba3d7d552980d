import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { IdentityProviderEntity } from './identity-provider.entity';

@Injectable()
export class IdentityProviderRepository {
  constructor(@InjectRepository(IdentityProviderEntity) private readonly providers: Repository<IdentityProviderEntity>) {}

  findBySlug(slug: string): Promise<IdentityProviderEntity | null> {
    return this.providers.findOne({ where: { slug } });
  }

  findById(id: string): Promise<IdentityProviderEntity | null> {
    return this.providers.findOne({ where: { id } });
  }

  findEnabledBySlug(slug: string): Promise<IdentityProviderEntity | null> {
    return this.providers.findOne({ where: { slug, enabled: true } });
  }

  /** The enabled IdP that owns an email domain (domains are stored lower-case). */
  findEnabledByEmailDomain(domain: string): Promise<IdentityProviderEntity | null> {
    return this.providers
      .createQueryBuilder('idp')
      .where('idp.enabled = true')
      .andWhere(':domain = ANY(idp.email_domains)', { domain: domain.toLowerCase() })
      .orderBy('idp.created_at', 'ASC')
      .getOne();
  }

  listEnabled(): Promise<IdentityProviderEntity[]> {
    return this.providers.find({ where: { enabled: true }, order: { displayName: 'ASC' } });
  }

  listAll(): Promise<IdentityProviderEntity[]> {
    return this.providers.find({ order: { createdAt: 'ASC' } });
  }

  /** In production the development IdP must never sign anyone in, even if its row was copied over. */
  async disableDevelopmentProviders(): Promise<number> {
    const result = await this.providers.update({ isDevelopment: true, enabled: true }, { enabled: false });
    return result.affected ?? 0;
  }

  async isDevelopmentProviderEnabled(): Promise<boolean> {
    return (await this.providers.count({ where: { isDevelopment: true, enabled: true } })) > 0;
  }

  countOthersThanDevelopment(): Promise<number> {
    return this.providers.count({ where: { isDevelopment: false } });
  }

  /** Slugs of other enabled IdPs that already claim any of these domains. */
  async domainsClaimedElsewhere(domains: string[], exceptId: string | null): Promise<string[]> {
    if (domains.length === 0) return [];
    const rows: { domain: string }[] = await this.providers.query(
      `SELECT DISTINCT d AS domain FROM identity_providers, unnest(email_domains) AS d
       WHERE d = ANY($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [domains, exceptId],
    );
    return rows.map((row) => row.domain);
  }

  save(provider: Partial<IdentityProviderEntity>): Promise<IdentityProviderEntity> {
    return this.providers.save(this.providers.create(provider));
  }

  async remove(id: string): Promise<void> {
    await this.providers.delete({ id });
  }
}
