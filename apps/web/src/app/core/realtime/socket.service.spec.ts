import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionUser } from '@moot/contracts';

import { SessionService } from '../auth/session.service';
import { SignOutService } from '../auth/sign-out.service';
import { MootSocket, SOCKET_FACTORY, SOCKET_OPTIONS, SocketOptionsInput, SocketService } from './socket.service';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

/** Just enough of a socket.io client socket: records listeners and lets the spec fire events. */
class FakeSocket {
  connected = false;
  readonly disconnect = jest.fn(() => {
    this.connected = false;
  });
  readonly connect = jest.fn();
  /** What the client sent; `room:join` is acknowledged with `joinAnswer`. */
  readonly emitted: unknown[][] = [];
  joinAnswer = { ok: true };
  private readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();

  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: string, ...args: unknown[]): this {
    this.emitted.push([event, ...args.filter((arg) => typeof arg !== 'function')]);
    const ack = args.find((arg) => typeof arg === 'function') as ((answer: unknown) => void) | undefined;
    if (event === 'room:join') ack?.(this.joinAnswer);
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

const priya: SessionUser = {
  id: 'p1',
  email: 'priya.shah@anytown.gov.uk',
  displayName: 'Priya Shah',
  jobTitle: null,
  department: null,
  role: 'member',
};

describe(SocketService.name, () => {
  let sut: SocketService;
  let session: SessionService;
  let router: Router;
  let http: HttpTestingController;
  let sockets: FakeSocket[];
  let factory: jest.Mock<Promise<MootSocket>, [SocketOptionsInput]>;

  beforeEach(async () => {
    sockets = [];
    factory = jest.fn(async (_options: SocketOptionsInput) => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket as unknown as MootSocket;
    });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'sign-in', component: BlankPage },
          { path: 'groups', component: BlankPage },
        ]),
        { provide: SOCKET_FACTORY, useValue: factory },
      ],
    });
    sut = TestBed.inject(SocketService);
    session = TestBed.inject(SessionService);
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
    await router.navigateByUrl('/groups');
    sut.start();
  });

  afterEach(() => http.verify());

  async function signIn(user: SessionUser | null = priya): Promise<void> {
    const loaded = session.refresh();
    const request = http.expectOne('/api/auth/me');
    if (user) request.flush(user);
    else request.flush(null, { status: 401, statusText: 'Unauthorized' });
    await loaded;
    await flushEffects();
  }

  async function flushEffects(): Promise<void> {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
  }

  it('does not connect while nobody is signed in', async () => {
    await signIn(null);

    expect(factory).not.toHaveBeenCalled();
  });

  it('connects once someone is signed in, on the same origin with credentials', async () => {
    await signIn();

    expect(factory).toHaveBeenCalledTimes(1);
    expect(factory).toHaveBeenCalledWith(SOCKET_OPTIONS);
    expect(SOCKET_OPTIONS).toEqual({ path: '/socket.io', transports: ['websocket', 'polling'], withCredentials: true });
  });

  it('keeps one connection when the same person is checked again', async () => {
    await signIn();
    await signIn();

    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('disconnects when the session is cleared', async () => {
    await signIn();

    session.clear();
    await flushEffects();

    expect(sockets[0].disconnect).toHaveBeenCalled();
  });

  it.each(['deactivated', 'expired', 'signed-out'])(
    'on session:ended (%s) drops the session, disconnects and says why on sign-in',
    async (reason) => {
      await signIn();

      sockets[0].fire('session:ended', { reason });
      await flushEffects();

      expect(session.me()).toBeNull();
      expect(sockets[0].disconnect).toHaveBeenCalled();
      expect(router.url).toBe(`/sign-in?ended=${reason}`);
    },
  );

  it('leaves the navigation to this tab’s own sign-out', async () => {
    await signIn();
    const signOut = TestBed.inject(SignOutService);
    jest.spyOn(signOut, 'inProgress').mockReturnValue(true);

    sockets[0].fire('session:ended', { reason: 'signed-out' });
    await flushEffects();

    expect(sockets[0].disconnect).toHaveBeenCalled();
    expect(router.url).toBe('/groups');
  });

  it('checks the session once when the handshake is refused, and says it ended if it has', async () => {
    await signIn();

    sockets[0].fire('connect_error', new Error('unauthenticated'));
    http.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    await flushEffects();
    sockets[0].fire('connect_error', new Error('unauthenticated'));

    http.expectNone('/api/auth/me');
    expect(session.me()).toBeNull();
    expect(router.url).toBe('/sign-in?ended=expired');
  });

  it('tries the socket again, once, when the session is still good', async () => {
    await signIn();

    sockets[0].fire('connect_error', new Error('unauthenticated'));
    http.expectOne('/api/auth/me').flush(priya);
    await flushEffects();
    sockets[0].fire('connect_error', new Error('unauthenticated'));

    http.expectNone('/api/auth/me');
    expect(sockets[0].connect).toHaveBeenCalledTimes(1);
    expect(router.url).toBe('/groups');
  });

  it('ignores other connection errors (socket.io retries those itself)', async () => {
    await signIn();

    sockets[0].fire('connect_error', new Error('xhr poll error'));

    http.expectNone('/api/auth/me');
  });

  describe('live events and rooms', () => {
    async function connected(): Promise<FakeSocket> {
      await signIn();
      sockets[0].connected = true;
      sockets[0].fire('connect');
      return sockets[0];
    }

    it('joins a room once connected and leaves it when the last holder lets go', async () => {
      const socket = await connected();

      await expect(sut.join({ kind: 'group', id: 'g1' })).resolves.toBe(true);
      await sut.join({ kind: 'group', id: 'g1' });
      sut.leave({ kind: 'group', id: 'g1' });
      expect(socket.emitted.filter(([event]) => event === 'room:leave')).toEqual([]);
      sut.leave({ kind: 'group', id: 'g1' });

      expect(socket.emitted).toEqual([
        ['room:join', { kind: 'group', id: 'g1' }],
        ['room:join', { kind: 'group', id: 'g1' }],
        ['room:leave', { kind: 'group', id: 'g1' }],
      ]);
    });

    it('says when the server refuses a room (as REST would, 404)', async () => {
      const socket = await connected();
      socket.joinAnswer = { ok: false };

      await expect(sut.join({ kind: 'post', id: 'secret' })).resolves.toBe(false);
    });

    it('passes server events on to listeners, including ones that subscribed before sign-in', async () => {
      const seen: unknown[] = [];
      sut.on('post:created').subscribe((payload) => seen.push(payload));
      const socket = await connected();

      socket.fire('post:created', { postId: 'post-1', groupId: 'g1', cursor: 'c1' });

      expect(seen).toEqual([{ postId: 'post-1', groupId: 'g1', cursor: 'c1' }]);
    });

    it('rejoins its rooms after a dropped connection, then says it reconnected', async () => {
      const socket = await connected();
      await sut.join({ kind: 'post', id: 'post-1' });
      let reconnects = 0;
      sut.reconnected.subscribe(() => reconnects++);

      socket.connected = false;
      socket.fire('disconnect');
      expect(sut.connected()).toBe(false);
      socket.connected = true;
      socket.fire('connect');

      expect(socket.emitted.filter(([event]) => event === 'room:join')).toHaveLength(2);
      expect(reconnects).toBe(1);
      expect(sut.connected()).toBe(true);
    });

    it('does not rejoin a room the server closed (access taken away) after a reconnect', async () => {
      const socket = await connected();
      await sut.join({ kind: 'group', id: 'closed-now' });
      await sut.join({ kind: 'post', id: 'still-open' });

      socket.fire('room:closed', { room: { kind: 'group', id: 'closed-now' } });
      socket.connected = false;
      socket.fire('disconnect');
      socket.connected = true;
      socket.fire('connect');

      const joins = socket.emitted.filter(([event]) => event === 'room:join').map(([, room]) => room);
      expect(joins).toEqual([
        { kind: 'group', id: 'closed-now' },
        { kind: 'post', id: 'still-open' },
        { kind: 'post', id: 'still-open' },
      ]);
    });

    it('sends typing only while connected', async () => {
      await signIn();
      sut.typing('post-1');
      expect(sockets[0].emitted).toEqual([]);

      sockets[0].connected = true;
      sut.typing('post-1');
      expect(sockets[0].emitted).toEqual([['typing', { postId: 'post-1' }]]);
    });
  });
});
