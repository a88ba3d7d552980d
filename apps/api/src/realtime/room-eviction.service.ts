import { Injectable, Logger } from '@nestjs/common';
import { AccessNarrowedEvent, GroupAccessEvents } from '../groups/group-access-events';
import { PresenceService } from './presence.service';
import { groupPostsRoom, groupRoom, MootServer } from './realtime.types';
import { RoomAccessService } from './room-access.service';

/** What a socket (on any instance) shows the eviction: its id, person, rooms and post-room groups. */
export interface WatchingSocket {
  id: string;
  rooms: ReadonlySet<string>;
  data: { userId: string; postRoomGroups?: Record<string, string> };
}

/** The rooms of `groupId` a socket must leave when its person can no longer read the group. */
export function roomsShowingGroup(socket: WatchingSocket, groupId: string): string[] {
  const posts = Object.entries(socket.data.postRoomGroups ?? {})
    .filter(([room, group]) => group === groupId && socket.rooms.has(room))
    .map(([room]) => room);
  return [groupRoom(groupId), groupPostsRoom(groupId), ...posts].filter((room) => socket.rooms.has(room));
}

/**
 * Takes people who lost a group's content out of its live rooms at once, on every instance:
 * when {@link GroupAccessEvents} says access narrowed, each socket in the group's room or
 * watching one of its posts is checked with the join rule ({@link RoomAccessService}) and,
 * if refused now, made to leave those rooms and told `room:closed` for each.
 */
@Injectable()
export class RoomEvictionService {
  private readonly logger = new Logger(RoomEvictionService.name);

  constructor(
    private readonly events: GroupAccessEvents,
    private readonly roomAccess: RoomAccessService,
    private readonly presence: PresenceService,
  ) {}

  /** Starts listening for `server`; returns the function that stops it. */
  start(server: MootServer): () => void {
    return this.events.onAccessNarrowed((event) => {
      this.evict(server, event).catch((error: Error) => this.logger.warn(`eviction from group ${event.groupId} failed: ${error.message}`));
    });
  }

  /** Evicts the sockets that may no longer read the group; resolves with how many were evicted. */
  async evict(server: MootServer, event: AccessNarrowedEvent): Promise<number> {
    const { groupId } = event;
    const named = event.userIds ? new Set(event.userIds) : null;
    const sockets = await server.in([groupRoom(groupId), groupPostsRoom(groupId)]).fetchSockets();
    const decisions = new Map<string, Promise<boolean>>();
    const mayRead = (userId: string): Promise<boolean> => {
      let decision = decisions.get(userId);
      if (!decision) decisions.set(userId, (decision = this.roomAccess.mayReadGroup(userId, groupId)));
      return decision;
    };
    let evicted = 0;
    let leftGroupRoom = false;
    for (const socket of sockets) {
      if (named && !named.has(socket.data.userId)) continue;
      if (await mayRead(socket.data.userId)) continue;
      const rooms = roomsShowingGroup(socket, groupId);
      if (rooms.length === 0) continue;
      server.in(socket.id).socketsLeave(rooms);
      // Marker rooms are internal: the client hears only of rooms it asked for.
      for (const room of rooms.filter((name) => name !== groupPostsRoom(groupId))) server.to(socket.id).emit('room:closed', { room: refOf(room) });
      leftGroupRoom ||= rooms.includes(groupRoom(groupId));
      evicted++;
    }
    if (leftGroupRoom) await this.presence.announce(server, groupId);
    if (evicted > 0) this.logger.log(`evicted ${evicted} socket(s) from group ${groupId}`);
    return evicted;
  }
}

function refOf(room: string): { kind: 'group' | 'post'; id: string } {
  const [kind, id] = room.split(':', 2) as ['group' | 'post', string];
  return { kind, id };
}
