import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LoginLinksModule } from '../auth/login-links/login-links.module';
import { AppConfig } from '../config/app-config';
import { AppConfigModule } from '../config/app-config.module';
import { DatabaseModule } from '../database/database.module';
import { IdentityProviderAdminModule } from '../identity-providers/identity-provider-admin.module';
import { UsersModule } from '../users/users.module';
import { CouncilArchiveModule } from '../council-export/council-archive.module';
import { UserRoleService } from './user-role.service';

/** The part of the application the CLI needs: the same services as the REST API, no HTTP. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [AppConfigModule.forRoot(config), DatabaseModule, AuditModule, UsersModule, IdentityProviderAdminModule, LoginLinksModule, CouncilArchiveModule],
      providers: [UserRoleService],
    };
  }
}
