import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { parse as parseCookies } from 'cookie';
import type { RoomRef } from '@moot/contracts';
import { SessionCookies } from '../auth/sessions/session-cookie';
import { SessionEvents, SessionsEndedEvent } from '../auth/sessions/session-events';
import { SessionService } from '../auth/sessions/session.service';
import { DiscussionRelayService } from './discussion-relay.service';
import { PresenceService } from './presence.service';
import { RoomAccessService } from './room-access.service';
import { RoomEvictionService } from './room-eviction.service';
import { groupIdOfRoom, groupPostsRoom, MootServer, MootSocket, postRoom, sessionRoom, userRoom } from './realtime.types';

/** At most one typing notice per socket in this many milliseconds. */
export const TYPING_INTERVAL_MS = 2000;

type JoinAck = { ok: boolean; error?: 'not-found' };

/**
 * The authenticated socket.io endpoint. A socket exists only for a live session: the cookie
 * is checked at the handshake, and when a session ends (sign-out, deactivation) its sockets
 * are told and disconnected on every instance. Rooms are joined only after the same check as
 * the REST read behind them ({@link RoomAccessService}).
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly stops: (() => void)[] = [];

  @WebSocketServer()
  server!: MootServer;

  constructor(
    private readonly sessions: SessionService,
    private readonly cookies: SessionCookies,
    private readonly sessionEvents: SessionEvents,
    private readonly roomAccess: RoomAccessService,
    private readonly presence: PresenceService,
    private readonly relay: DiscussionRelayService,
    private readonly eviction: RoomEvictionService,
  ) {}

  afterInit(server: MootServer): void {
    server.use((socket, next) => {
      void this.authenticate(socket as MootSocket).then(
        (ok) => next(ok ? undefined : new Error('unauthenticated')),
        (error: Error) => next(error),
      );
    });
    this.stops.push(this.sessionEvents.onEnded((event) => this.endSessions(event)), this.relay.start(server), this.eviction.start(server));
  }

  onModuleDestroy(): void {
    this.stops.forEach((stop) => stop());
  }

  private async authenticate(socket: MootSocket): Promise<boolean> {
    const header = socket.handshake.headers.cookie;
    const token = header ? parseCookies(header)[this.cookies.sessionName] : undefined;
    const found = await this.sessions.resolve(token);
    if (!found) return false;
    socket.data = { userId: found.user.id, displayName: found.user.displayName, sessionPublicId: found.session.publicId };
    return true;
  }

  async handleConnection(socket: MootSocket): Promise<void> {
    this.presence.trackDisconnect(this.server, socket);
    await socket.join([userRoom(socket.data.userId), sessionRoom(socket.data.sessionPublicId)]);
    socket.emit('session:ready', { userId: socket.data.userId });
  }

  @SubscribeMessage('session:ping')
  ping(): { ok: boolean } {
    return { ok: true };
  }

  @SubscribeMessage('room:join')
  async join(@ConnectedSocket() socket: MootSocket, @MessageBody() ref: RoomRef): Promise<JoinAck> {
    const grant = await this.roomAccess.grantFor(socket.data.userId, ref).catch((error: Error) => {
      this.logger.warn(`room:join by user ${socket.data.userId} failed: ${error.message}`);
      return null;
    });
    if (!grant || !socket.connected) return { ok: false, error: 'not-found' };
    const { room } = grant;
    if (grant.groupId && room.startsWith('post:')) {
      // A group post's room: remembered under its group, so losing the group's access can find it.
      socket.data.postRoomGroups = { ...socket.data.postRoomGroups, [room]: grant.groupId };
      await socket.join([room, groupPostsRoom(grant.groupId)]);
    } else {
      await socket.join(room);
    }
    if (grant.groupId && !(await this.stillReadable(socket.data.userId, grant.groupId))) {
      // Access ended between the check and the join, and the eviction may have run before the
      // socket was in the room: checking again now that it is in closes that gap.
      await socket.leave(room);
      this.forgetPostRoom(socket, room);
      return { ok: false, error: 'not-found' };
    }
    const groupId = groupIdOfRoom(room);
    if (groupId) await this.presence.announce(this.server, groupId);
    return { ok: true };
  }

  @SubscribeMessage('room:leave')
  async leave(@ConnectedSocket() socket: MootSocket, @MessageBody() ref: RoomRef): Promise<void> {
    const room = this.joinedRoom(socket, ref);
    if (!room) return;
    await socket.leave(room);
    this.forgetPostRoom(socket, room);
    const groupId = groupIdOfRoom(room);
    if (groupId) await this.presence.announce(this.server, groupId);
  }

  @SubscribeMessage('typing')
  typing(@ConnectedSocket() socket: MootSocket, @MessageBody() payload: { postId: string }): void {
    const postId = typeof payload?.postId === 'string' ? payload.postId.toLowerCase() : null;
    if (!postId || !socket.rooms.has(postRoom(postId))) return;
    const now = Date.now();
    if (socket.data.lastTypingAt !== undefined && now - socket.data.lastTypingAt < TYPING_INTERVAL_MS) return;
    socket.data.lastTypingAt = now;
    socket.to(postRoom(postId)).emit('typing', { postId, user: { id: socket.data.userId, displayName: socket.data.displayName } });
  }

  private stillReadable(userId: string, groupId: string): Promise<boolean> {
    return this.roomAccess.mayReadGroup(userId, groupId).catch((error: Error) => {
      this.logger.warn(`room:join recheck for user ${userId} failed: ${error.message}`);
      return false;
    });
  }

  /** Drops a left post room's group note, and the group's marker room once none of its posts is watched. */
  private forgetPostRoom(socket: MootSocket, room: string): void {
    const groups = socket.data.postRoomGroups;
    const groupId = groups?.[room];
    if (!groups || !groupId) return;
    delete groups[room];
    if (!Object.entries(groups).some(([other, group]) => group === groupId && socket.rooms.has(other))) void socket.leave(groupPostsRoom(groupId));
  }

  /** The room a socket is in for `ref`, matched against its joined rooms (ids compared case-insensitively). */
  private joinedRoom(socket: MootSocket, ref: RoomRef): string | null {
    if (typeof ref !== 'object' || ref === null || typeof ref.id !== 'string') return null;
    const wanted = `${ref.kind}:${ref.id.trim().toLowerCase()}`;
    if (ref.kind !== 'group' && ref.kind !== 'post' && ref.kind !== 'topic') return null;
    return socket.rooms.has(wanted) ? wanted : null;
  }

  private endSessions(event: SessionsEndedEvent): void {
    if (!this.server || event.sessionPublicIds.length === 0) return;
    const rooms = event.sessionPublicIds.map(sessionRoom);
    this.server.to(rooms).emit('session:ended', { reason: event.reason });
    // Give the notice a moment to leave before the sockets go.
    setTimeout(() => this.server.in(rooms).disconnectSockets(true), 200).unref();
    this.logger.log(`ended ${rooms.length} session(s) of user ${event.userId} (${event.reason})`);
  }
}
