import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserIdentityEntity } from './user-identity.entity';

@Injectable()
export class UserIdentityRepository {
  constructor(@InjectRepository(UserIdentityEntity) private readonly identities: Repository<UserIdentityEntity>) {}

  find(identityProviderId: string, nameId: string): Promise<UserIdentityEntity | null> {
    return this.identities.findOne({ where: { identityProviderId, nameId } });
  }

  async link(userId: string, identityProviderId: string, nameId: string): Promise<void> {
    await this.identities
      .createQueryBuilder()
      .insert()
      .values({ userId, identityProviderId, nameId, lastUsedAt: new Date() })
      .orUpdate(['last_used_at'], ['identity_provider_id', 'name_id'])
      .execute();
  }
}
