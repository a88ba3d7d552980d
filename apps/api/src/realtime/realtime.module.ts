import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GroupAccessService } from '../groups/group-access.service';
import { GroupRepository } from '../groups/group.repository';
import { DiscussionRelayService } from './discussion-relay.service';
import { PresenceService } from './presence.service';
import { RealtimeRepository } from './realtime.repository';
import { RealtimeGateway } from './realtime.gateway';
import { RoomAccessService } from './room-access.service';

/**
 * Socket rooms and live events. GroupAccessService is provided here too (it and its repository
 * are stateless) because GroupsModule does not export it.
 */
@Module({
  imports: [AuthModule],
  providers: [RealtimeGateway, RealtimeRepository, RoomAccessService, PresenceService, DiscussionRelayService, GroupRepository, GroupAccessService],
  exports: [RealtimeGateway],
})
export class RealtimeModule {}
