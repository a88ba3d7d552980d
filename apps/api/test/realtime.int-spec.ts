import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import type { ClientToServerEvents, ServerToClientEvents } from '@moot/contracts';
import { SessionService } from '../src/auth/sessions/session.service';
import { createUser, signInAs } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('realtime handshake and session ending', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let url: string;
  const sockets: ClientSocket[] = [];

  function connect(headers: Record<string, string>): ClientSocket {
    const socket: ClientSocket = io(url, { transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true });
    sockets.push(socket);
    return socket;
  }

  function connectError(socket: ClientSocket): Promise<Error> {
    return new Promise((resolve) => socket.once('connect_error', resolve));
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await app?.close();
    await database?.drop();
  });

  it('refuses a socket without a session', async () => {
    const error = await connectError(connect({}));
    expect(error.message).toBe('unauthenticated');
  });

  it('refuses a socket from another origin even with a valid session', async () => {
    const session = await signInAs(app, await createUser(app));
    const error = await connectError(connect({ cookie: session.cookie, origin: 'https://evil.example' }));
    expect(error.message).toMatch(/origin not allowed|websocket error/);
  });

  it('accepts a signed-in socket from this origin and answers a ping', async () => {
    const user = await createUser(app);
    const session = await signInAs(app, user);
    const socket = connect({ cookie: session.cookie, origin: 'http://localhost:3000' });
    const ready = await new Promise<{ userId: string }>((resolve) => socket.once('session:ready', resolve));
    expect(ready.userId).toBe(user.id);
    const ack = await new Promise<{ ok: boolean }>((resolve) => socket.emit('session:ping', resolve));
    expect(ack).toEqual({ ok: true });
  });

  it('tells an open socket its session ended and disconnects it when the person is deactivated', async () => {
    const user = await createUser(app);
    const session = await signInAs(app, user);
    const socket = connect({ cookie: session.cookie });
    await new Promise((resolve) => socket.once('session:ready', resolve));
    const ended = new Promise<{ reason: string }>((resolve) => socket.once('session:ended', resolve));
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    await app.get(DataSource).query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [user.id]);
    await app.get(SessionService).endAllForUser(user.id, 'deactivated');

    await expect(ended).resolves.toEqual({ reason: 'deactivated' });
    await expect(disconnected).resolves.toBe('io server disconnect');
    const error = await connectError(connect({ cookie: session.cookie }));
    expect(error.message).toBe('unauthenticated');
  });
});
