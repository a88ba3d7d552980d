import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import type { ClientToServerEvents, RoomRef, ServerEventName, ServerEventPayload, ServerToClientEvents } from '@moot/contracts';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A connected client that records every event it receives, in order. */
export interface LiveClient {
  socket: ClientSocket;
  received: { event: string; payload: unknown }[];
  /** Resolves with the first matching event (already received or still to come). */
  next<E extends ServerEventName>(event: E, match?: (payload: ServerEventPayload<E>) => boolean, timeoutMs?: number): Promise<ServerEventPayload<E>>;
  /** The payloads of `event` received so far. */
  all<E extends ServerEventName>(event: E): ServerEventPayload<E>[];
  join(room: RoomRef): Promise<{ ok: boolean; error?: string }>;
}

export function urlOf(app: INestApplication): string {
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
}

/** Connects with a session cookie and waits for `session:ready`. */
export async function connectClient(url: string, cookie: string, opened: ClientSocket[]): Promise<LiveClient> {
  const socket: ClientSocket = io(url, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true });
  opened.push(socket);
  const received: LiveClient['received'] = [];
  const waiters: (() => void)[] = [];
  socket.onAny((event: string, payload: unknown) => {
    received.push({ event, payload });
    waiters.forEach((check) => check());
  });
  const client: LiveClient = {
    socket,
    received,
    all: <E extends ServerEventName>(event: E) => received.filter((entry) => entry.event === event).map((entry) => entry.payload as ServerEventPayload<E>),
    next: (event, match = () => true, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms; received ${JSON.stringify(received)}`)), timeoutMs);
        const check = (): void => {
          const found = client.all(event).find(match);
          if (found === undefined) return;
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(check), 1);
          resolve(found);
        };
        waiters.push(check);
        check();
      }),
    join: (room) => socket.timeout(5000).emitWithAck('room:join', room),
  };
  await new Promise<void>((resolve, reject) => {
    socket.once('session:ready', () => resolve());
    socket.once('connect_error', reject);
  });
  return client;
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A group with members (the first is its owner), straight into the database. */
export async function createGroup(app: INestApplication, visibility: 'open' | 'closed' | 'secret', memberIds: string[]): Promise<string> {
  const sql = app.get(DataSource);
  const slug = `rt-${visibility}-${Math.random().toString(36).slice(2, 10)}`;
  const [group] = await sql.query(`INSERT INTO groups (slug, name, visibility) VALUES ($1, $2, $3) RETURNING id`, [slug, `Realtime ${slug}`, visibility]);
  for (const [index, userId] of memberIds.entries()) {
    await sql.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, $3)`, [group.id, userId, index === 0 ? 'owner' : 'member']);
  }
  return group.id as string;
}

/** A post row (group post, or profile post when `groupId` is null). */
export async function createPost(app: INestApplication, authorId: string, groupId: string | null): Promise<string> {
  const [post] = await app.get(DataSource).query(`INSERT INTO posts (group_id, author_id, body) VALUES ($1, $2, 'Hello') RETURNING id`, [groupId, authorId]);
  return post.id as string;
}
