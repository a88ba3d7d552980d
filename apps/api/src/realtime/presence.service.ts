import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { groupIdOfRoom, groupRoom, MootServer, MootSocket } from './realtime.types';

/**
 * Who is online in a group: the distinct people with a socket in its room on ANY instance
 * (`fetchSockets` asks every instance through the adapter), announced to that room whenever
 * someone joins, leaves or disconnects.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger(PresenceService.name);
  /** Set as the application shuts down: sockets dropped then must not publish through a closing adapter. */
  private stopped = false;

  onModuleDestroy(): void {
    this.stopped = true;
  }

  async online(server: MootServer, groupId: string): Promise<string[]> {
    const sockets = await server.in(groupRoom(groupId)).fetchSockets();
    return [...new Set(sockets.map((socket) => socket.data.userId))].sort();
  }

  /** Tells a group's room who is in it now. Failures (an instance not answering) are logged, not thrown. */
  async announce(server: MootServer, groupId: string): Promise<void> {
    if (this.stopped) return;
    try {
      const userIds = await this.online(server, groupId);
      if (this.stopped) return;
      server.to(groupRoom(groupId)).emit('presence', { groupId, userIds });
    } catch (error) {
      this.logger.warn(`presence of group ${groupId} not announced: ${(error as Error).message}`);
    }
  }

  /** Remembers a socket's group rooms as it goes, and announces them once it has gone. */
  trackDisconnect(server: MootServer, socket: MootSocket): void {
    let groupIds: string[] = [];
    socket.once('disconnecting', () => {
      groupIds = [...socket.rooms].map(groupIdOfRoom).filter((id): id is string => id !== null);
    });
    socket.once('disconnect', () => {
      groupIds.forEach((groupId) => void this.announce(server, groupId));
    });
  }
}
