import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { DepartmentsModule } from '../departments/departments.module';
import { UserEntity } from '../users/user.entity';
import { ScimBearerGuard } from './scim-bearer.guard';
import { ScimDiscoveryController } from './scim-discovery.controller';
import { ScimGroupEntity, ScimGroupMemberEntity } from './scim-group.entity';
import { ScimGroupRepository } from './scim-group.repository';
import { ScimGroupsController } from './scim-groups.controller';
import { ScimGroupsService } from './scim-groups.service';
import { ScimTokenEntity } from './scim-token.entity';
import { ScimTokenRepository } from './scim-token.repository';
import { ScimTokenService } from './scim-token.service';
import { ScimTokensController } from './scim-tokens.controller';
import { ScimUserRepository } from './scim-user.repository';
import { ScimUsersController } from './scim-users.controller';
import { ScimUsersService } from './scim-users.service';

/** SCIM 2.0 provisioning at /scim/v2 (RFC 7643/7644) and the admin API for its bearer tokens. */
@Module({
  imports: [TypeOrmModule.forFeature([ScimTokenEntity, ScimGroupEntity, ScimGroupMemberEntity, UserEntity]), AuthModule, DepartmentsModule],
  controllers: [ScimUsersController, ScimGroupsController, ScimDiscoveryController, ScimTokensController],
  providers: [ScimTokenRepository, ScimTokenService, ScimBearerGuard, ScimUserRepository, ScimUsersService, ScimGroupRepository, ScimGroupsService],
})
export class ScimModule {}
