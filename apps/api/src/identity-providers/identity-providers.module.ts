import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityProviderEntity } from './identity-provider.entity';
import { IdentityProviderRepository } from './identity-provider.repository';

@Module({
  imports: [TypeOrmModule.forFeature([IdentityProviderEntity])],
  providers: [IdentityProviderRepository],
  exports: [IdentityProviderRepository],
})
export class IdentityProvidersModule {}
