import { Injectable, InjectionToken, Injector, effect, inject, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { ClientToServerEvents, RoomRef, ServerEventName, ServerEventPayload, ServerToClientEvents } from '@moot/contracts';
import { Observable, Subject } from 'rxjs';
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';

import { SessionService } from '../auth/session.service';
import { SignOutService } from '../auth/sign-out.service';

export type MootSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type SocketOptionsInput = Partial<ManagerOptions & SocketOptions>;
export type SessionEndReason = ServerEventPayload<'session:ended'>['reason'];

/** Creates the socket; specs pass a fake emitter. The client library loads only once someone signs in. */
export const SOCKET_FACTORY = new InjectionToken<(options: SocketOptionsInput) => Promise<MootSocket>>(
  'SOCKET_FACTORY',
  {
    providedIn: 'root',
    factory: () => async (options) => {
      const { io } = await import('socket.io-client');
      return io(options) as MootSocket;
    },
  },
);

export const SOCKET_OPTIONS: SocketOptionsInput = {
  path: '/socket.io',
  transports: ['websocket', 'polling'],
  withCredentials: true,
};

/** Events pages may listen to; the session events stay with this service. */
export type LiveEventName = Exclude<ServerEventName, 'session:ready' | 'session:ended'>;

const END_REASONS: readonly SessionEndReason[] = ['signed-out', 'deactivated', 'expired'];

/**
 * The live connection for the signed-in person (same origin, session cookie). It follows the
 * session: connects on sign-in, disconnects on sign-out, and when the server ends the session
 * (sign-out elsewhere, deactivation, expiry) it drops the session here and says why on sign-in.
 */
@Injectable({ providedIn: 'root' })
export class SocketService {
  private readonly session = inject(SessionService);
  private readonly signOut = inject(SignOutService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly createSocket = inject(SOCKET_FACTORY);

  private socket: MootSocket | null = null;
  private userId: string | null = null;
  /** Bumped on every connect and disconnect, so a slow connect for an old session is dropped. */
  private generation = 0;
  private recheckedAfterRefusal = false;
  private started = false;
  /** One subject per event someone listens to; they outlive sockets, so listeners survive a new session. */
  private readonly streams = new Map<LiveEventName, Subject<unknown>>();
  /** Rooms pages have asked for, counted, so two views of one group share it; joined again after a reconnect. */
  private readonly rooms = new Map<string, { room: RoomRef; holders: number }>();
  private readonly reconnects = new Subject<void>();
  private wasDisconnected = false;

  /** True while the socket is connected. */
  readonly connected = signal(false);
  /** Fires when the connection comes back after a drop (rooms already rejoined): catch up over REST. */
  readonly reconnected: Observable<void> = this.reconnects.asObservable();

  /** A stream of one server event, whichever socket is current. */
  on<E extends LiveEventName>(event: E): Observable<ServerEventPayload<E>> {
    let stream = this.streams.get(event);
    if (!stream) {
      stream = new Subject<unknown>();
      this.streams.set(event, stream);
      this.forward(this.socket, event, stream);
    }
    return stream.asObservable() as Observable<ServerEventPayload<E>>;
  }

  /**
   * Joins a room (`room:join`); resolves false when the server refuses it (as REST would, 404) or
   * nobody is connected yet. The room is held until `leave`, and joined again on every reconnect.
   */
  async join(room: RoomRef): Promise<boolean> {
    const key = roomKey(room);
    const held = this.rooms.get(key);
    if (held) held.holders++;
    else this.rooms.set(key, { room, holders: 1 });
    return this.socket?.connected ? this.requestRoom(this.socket, room) : false;
  }

  leave(room: RoomRef): void {
    const key = roomKey(room);
    const held = this.rooms.get(key);
    if (!held) return;
    if (--held.holders > 0) return;
    this.rooms.delete(key);
    if (this.socket?.connected) this.socket.emit('room:leave', room);
  }

  /** Tells the thread's other readers you are typing a reply. */
  typing(postId: string): void {
    if (this.socket?.connected) this.socket.emit('typing', { postId });
  }

  /** Starts following the session; later calls do nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    effect(
      () => {
        const userId = this.session.me()?.id ?? null;
        untracked(() => (userId ? void this.connect(userId) : this.disconnect()));
      },
      { injector: this.injector },
    );
  }

  private async connect(userId: string): Promise<void> {
    if (this.userId === userId) return;
    this.disconnect();
    this.userId = userId;
    this.recheckedAfterRefusal = false;
    const generation = this.generation;
    const socket = await this.createSocket(SOCKET_OPTIONS);
    if (generation !== this.generation) {
      socket.disconnect();
      return;
    }
    this.socket = socket;
    socket.on('connect', () => this.connectedAgain(socket));
    socket.on('disconnect', () => {
      this.connected.set(false);
      this.wasDisconnected = true;
    });
    for (const [event, stream] of this.streams) this.forward(socket, event, stream);
    if (socket.connected) this.connectedAgain(socket);
    socket.on('session:ended', ({ reason }) => void this.sessionEnded(reason));
    // Access to the room's group was taken away: never join it again on a reconnect. Pages that
    // care listen through `on('room:closed')`; their REST calls answer 404 from now on.
    socket.on('room:closed', ({ room }) => this.rooms.delete(roomKey(room)));
    socket.on('connect_error', (error) => void this.refused(error));
  }

  private connectedAgain(socket: MootSocket): void {
    this.recheckedAfterRefusal = false;
    this.connected.set(true);
    for (const { room } of this.rooms.values()) void this.requestRoom(socket, room);
    if (this.wasDisconnected) {
      this.wasDisconnected = false;
      this.reconnects.next();
    }
  }

  private requestRoom(socket: MootSocket, room: RoomRef): Promise<boolean> {
    return new Promise((resolve) => socket.emit('room:join', room, ({ ok }) => resolve(ok)));
  }

  private forward(socket: MootSocket | null, event: LiveEventName, stream: Subject<unknown>): void {
    // socket.io's typed `on` cannot take a union of event names; the subject is typed by `on<E>` above.
    (socket as Socket | null)?.on(event, (payload: unknown) => stream.next(payload));
  }

  private disconnect(): void {
    this.generation++;
    this.userId = null;
    this.connected.set(false);
    this.wasDisconnected = false;
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    socket.removeAllListeners();
    socket.disconnect();
  }

  private async sessionEnded(reason: SessionEndReason): Promise<void> {
    // This tab's own sign-out is already on its way to the right page.
    const ownSignOut = this.signOut.inProgress() || !this.session.signedIn();
    this.disconnect();
    if (ownSignOut) return;
    this.session.clear();
    const ended = END_REASONS.includes(reason) ? reason : 'expired';
    await this.router.navigate(['/sign-in'], { queryParams: { ended } });
  }

  /** The handshake was refused: the session may have ended while nobody was listening. Check once. */
  private async refused(error: Error): Promise<void> {
    if (error.message !== 'unauthenticated' || this.recheckedAfterRefusal) return;
    this.recheckedAfterRefusal = true;
    const socket = this.socket;
    const user = await this.session.refresh();
    if (!user && !this.session.error()) {
      this.disconnect();
      await this.router.navigate(['/sign-in'], { queryParams: { ended: 'expired' } });
    } else if (socket && socket === this.socket && !socket.connected) {
      socket.connect();
    }
  }
}

function roomKey(room: RoomRef): string {
  return `${room.kind}:${room.id}`;
}
