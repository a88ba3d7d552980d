import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdentityProviderAdminService } from './identity-provider-admin.service';
import { IdentityProvidersController } from './identity-providers.controller';
import { IdentityProvidersModule } from './identity-providers.module';

/**
 * Identity-provider administration. Separate from {@link IdentityProvidersModule} because it
 * needs AuthModule's SamlService, and AuthModule already imports IdentityProvidersModule.
 */
@Module({
  imports: [IdentityProvidersModule, AuthModule],
  controllers: [IdentityProvidersController],
  providers: [IdentityProviderAdminService],
  exports: [IdentityProviderAdminService],
})
export class IdentityProviderAdminModule {}
