import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GroupsModule } from '../groups/groups.module';
import { DiscussionRelayService } from './discussion-relay.service';
import { PresenceService } from './presence.service';
import { RealtimeRepository } from './realtime.repository';
import { RealtimeGateway } from './realtime.gateway';
import { RoomAccessService } from './room-access.service';
import { RoomEvictionService } from './room-eviction.service';

/** Socket rooms and live events; room joins use the groups' own access service, as REST does. */
@Module({
  imports: [AuthModule, GroupsModule],
  providers: [RealtimeGateway, RealtimeRepository, RoomAccessService, PresenceService, DiscussionRelayService, RoomEvictionService],
  exports: [RealtimeGateway],
})
export class RealtimeModule {}
