import { Module } from '@nestjs/common';
import { DevIdpUsersRepository } from './dev-idp-users.repository';
import { DevIdpController } from './dev-idp.controller';
import { DevIdpService } from './dev-idp.service';
import { DevIdpEnabledGuard } from './dev-idp-enabled.guard';
import { DevIdpRegistrationService } from './dev-idp-registration.service';
import { IdentityProvidersModule } from '../identity-providers/identity-providers.module';

/**
 * The built-in development identity provider. Import it only outside production
 * (its routes also answer 404 if it is ever loaded there).
 */
@Module({
  imports: [IdentityProvidersModule],
  controllers: [DevIdpController],
  providers: [DevIdpService, DevIdpUsersRepository, DevIdpEnabledGuard, DevIdpRegistrationService],
  exports: [DevIdpService, DevIdpRegistrationService],
})
export class DevIdpModule {}
