import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Server } from 'socket.io';

type AdapterFactory = Parameters<Server['adapter']>[0];

/** Connected publish/subscribe clients and the socket.io adapter built on them. */
export interface RedisAdapterHandle {
  adapter: AdapterFactory;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 10_000;

/** The URL without its password, for logs and errors. */
export function redactedRedisUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * Connects the two Redis clients the socket.io Redis adapter needs (publishing, and a dedicated
 * subscriber) before the socket server is created, so a wrong `REDIS_URL` fails the start
 * instead of silently cutting this instance off from the others.
 */
export async function connectRedisAdapter(url: string, onError: (error: Error) => void): Promise<RedisAdapterHandle> {
  const pub = createClient({ url, socket: { connectTimeout: CONNECT_TIMEOUT_MS } });
  const sub = pub.duplicate();
  const clients = [pub, sub];
  // Without a listener an 'error' event (e.g. Redis restarting) would crash the process; the clients reconnect.
  clients.forEach((client) => client.on('error', onError));
  const destroy = (): void => clients.forEach((client) => client.isOpen && client.destroy());
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.all(clients.map((client) => client.connect())),
      new Promise((_, reject) => {
        // The client retries forever on its own: give up on the start instead.
        timer = setTimeout(() => reject(new Error(`cannot reach Redis at ${redactedRedisUrl(url)} (REDIS_URL)`)), CONNECT_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    adapter: createAdapter(pub, sub, { key: 'moot-socket.io' }),
    close: async () => {
      await Promise.all(clients.map((client) => (client.isOpen ? client.close().catch(() => client.destroy()) : undefined)));
    },
  };
}
