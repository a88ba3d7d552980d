import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarkdownService } from '../common/markdown/markdown.service';
import { GroupAccessEvents } from './group-access-events';
import { GroupAccessService } from './group-access.service';
import { GroupBulkAddService } from './group-bulk-add.service';
import { GroupCreationSettingController } from './group-creation-setting.controller';
import { GroupCreationSettingService } from './group-creation-setting.service';
import { GroupMembershipController } from './group-membership.controller';
import { GroupMembershipRepository } from './group-membership.repository';
import { GroupMembershipService } from './group-membership.service';
import { GroupRepository } from './group.repository';
import { GroupScimSyncService } from './group-scim-sync.service';
import { GroupsController } from './groups.controller';
import { GroupsService } from './groups.service';
import { SiteSettingEntity } from './site-setting.entity';
import { SiteSettingRepository } from './site-setting.repository';

/** Groups (issue #5): open, closed and secret spaces across departments, and their membership. */
@Module({
  imports: [TypeOrmModule.forFeature([SiteSettingEntity])],
  controllers: [GroupsController, GroupMembershipController, GroupCreationSettingController],
  providers: [
    MarkdownService,
    GroupRepository,
    GroupMembershipRepository,
    SiteSettingRepository,
    GroupAccessService,
    GroupAccessEvents,
    GroupCreationSettingService,
    GroupsService,
    GroupMembershipService,
    GroupBulkAddService,
    GroupScimSyncService,
  ],
  exports: [GroupScimSyncService, GroupAccessService, GroupAccessEvents],
})
export class GroupsModule {}
