import { Logger, OnModuleDestroy } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { parse as parseCookies } from 'cookie';
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@moot/contracts';
import { SessionCookies } from '../auth/sessions/session-cookie';
import { SessionEvents, SessionsEndedEvent } from '../auth/sessions/session-events';
import { SessionService } from '../auth/sessions/session.service';

interface SocketData {
  userId: string;
  sessionPublicId: string;
}

type MootServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type MootSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (publicId: string): string => `session:${publicId}`;

/**
 * The authenticated socket.io endpoint. A socket exists only for a live session: the cookie
 * is checked at the handshake, and when a session ends (sign-out, deactivation) its sockets
 * are told and disconnected on every instance.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private unsubscribe?: () => void;

  @WebSocketServer()
  server!: MootServer;

  constructor(
    private readonly sessions: SessionService,
    private readonly cookies: SessionCookies,
    private readonly sessionEvents: SessionEvents,
  ) {}

  afterInit(server: MootServer): void {
    server.use((socket, next) => {
      void this.authenticate(socket as MootSocket).then(
        (ok) => next(ok ? undefined : new Error('unauthenticated')),
        (error: Error) => next(error),
      );
    });
    this.unsubscribe = this.sessionEvents.onEnded((event) => this.endSessions(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  private async authenticate(socket: MootSocket): Promise<boolean> {
    const header = socket.handshake.headers.cookie;
    const token = header ? parseCookies(header)[this.cookies.sessionName] : undefined;
    const found = await this.sessions.resolve(token);
    if (!found) return false;
    socket.data = { userId: found.user.id, sessionPublicId: found.session.publicId };
    return true;
  }

  async handleConnection(socket: MootSocket): Promise<void> {
    await socket.join([userRoom(socket.data.userId), sessionRoom(socket.data.sessionPublicId)]);
    socket.emit('session:ready', { userId: socket.data.userId });
  }

  @SubscribeMessage('session:ping')
  ping(): { ok: boolean } {
    return { ok: true };
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
