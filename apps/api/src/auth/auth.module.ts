import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { DepartmentsModule } from '../departments/departments.module';
import { IdentityProvidersModule } from '../identity-providers/identity-providers.module';
import { UsersModule } from '../users/users.module';
import { SiteDocumentsCoreModule } from '../site-documents/site-documents-core.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthMaintenanceService } from './auth-maintenance.service';
import { AuthMiddleware } from './auth.middleware';
import { ProvisioningService } from './provisioning.service';
import { SamlController } from './saml/saml.controller';
import { SamlService } from './saml/saml.service';
import { SessionCookies } from './sessions/session-cookie';
import { SessionEntity } from './sessions/session.entity';
import { SessionEvents } from './sessions/session-events';
import { SessionRepository } from './sessions/session.repository';
import { SessionService } from './sessions/session.service';
import { SignInService } from './sign-in.service';
import { UserIdentityEntity } from './user-identity.entity';
import { UserIdentityRepository } from './user-identity.repository';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, UserIdentityEntity]), UsersModule, DepartmentsModule, IdentityProvidersModule, SiteDocumentsCoreModule],
  controllers: [AuthController, SamlController],
  providers: [
    { provide: SessionCookies, inject: [AppConfig], useFactory: (config: AppConfig) => new SessionCookies(config) },
    SessionEvents,
    SessionRepository,
    SessionService,
    UserIdentityRepository,
    ProvisioningService,
    SamlService,
    SignInService,
    AuthMiddleware,
    AuthMaintenanceService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, SessionEvents, SessionCookies, SignInService, SamlService, AuthMiddleware],
})
export class AuthModule {}
