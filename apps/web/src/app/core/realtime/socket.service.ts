import { Injectable, InjectionToken, Injector, effect, inject, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { ClientToServerEvents, ServerEventPayload, ServerToClientEvents } from '@moot/contracts';
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
    socket.on('connect', () => (this.recheckedAfterRefusal = false));
    socket.on('session:ended', ({ reason }) => void this.sessionEnded(reason));
    socket.on('connect_error', (error) => void this.refused(error));
  }

  private disconnect(): void {
    this.generation++;
    this.userId = null;
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
