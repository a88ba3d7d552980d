import type { IncomingMessage } from 'node:http';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import type { Server, ServerOptions } from 'socket.io';
import { AppConfig } from '../config/app-config';
import { connectRedisAdapter, redactedRedisUrl, RedisAdapterHandle } from './redis-adapter';

/** True when a browser's Origin header names this deployment (cross-site WebSocket hijacking guard). */
export function isAllowedOrigin(origin: string | undefined, publicUrl: string): boolean {
  // Same-origin polling GETs carry no Origin; cross-origin requests and all WebSocket handshakes do.
  if (origin === undefined) return true;
  try {
    return new URL(origin).origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}

/**
 * socket.io on the API's own HTTP server: Origin checked at the handshake, and events shared
 * between API instances through PostgreSQL (LISTEN/NOTIFY), so no extra server is needed, or
 * through Redis when `REDIS_URL` is set (larger estates).
 *
 * Connection state recovery stays off: neither adapter supports it (the PostgreSQL adapter says
 * so in its `doPublish`; the Redis pub/sub adapter keeps no packets, only Redis Streams would).
 * Clients catch up over REST with the feeds' `after` cursor instead.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly logger = new Logger(RealtimeIoAdapter.name);
  private pool?: Pool;
  private redis?: RedisAdapterHandle;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  /** Connects what the chosen adapter needs; call before the application initialises. */
  async connect(): Promise<void> {
    if (!this.config.redisUrl || this.redis) return;
    this.redis = await connectRedisAdapter(this.config.redisUrl, (error) => this.logger.warn(`socket.io Redis connection error: ${error.message}`));
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      serveClient: false,
      cors: undefined,
      allowRequest: (request: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
        const allowed = isAllowedOrigin(request.headers.origin, this.config.publicUrl);
        callback(allowed ? null : 'origin not allowed', allowed);
      },
    });
    if (this.config.redisUrl) {
      if (!this.redis) throw new Error('REDIS_URL is set: RealtimeIoAdapter.connect() must be awaited before the application initialises');
      server.adapter(this.redis.adapter);
      this.logger.log(`socket.io adapter: Redis at ${redactedRedisUrl(this.config.redisUrl)}`);
    } else if (this.config.databaseUrl) {
      this.pool = new Pool({ connectionString: this.config.databaseUrl, max: 2, application_name: 'moot-socket-io' });
      this.pool.on('error', (error) => this.logger.warn(`socket.io adapter connection error: ${error.message}`));
      // The adapter holds one client for LISTEN without an 'error' listener: a database restart
      // would crash the process. Handle it here; the adapter reconnects when the client ends.
      this.pool.on('connect', (client) => client.on('error', (error) => this.logger.warn(`socket.io adapter listener lost: ${error.message}`)));
      server.adapter(createAdapter(this.pool, { tableName: 'socket_io_attachments', errorHandler: (error) => this.logger.warn(error.message) }));
      this.logger.log('socket.io adapter: PostgreSQL');
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    // The adapter never releases a LISTEN client that lost its connection, and pool.end()
    // waits for every client: don't let that hold up shutdown.
    if (this.pool) await Promise.race([this.pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  }

  /** Called once after every server closed (also when none was ever created). */
  override async dispose(): Promise<void> {
    await this.redis?.close();
    this.redis = undefined;
  }
}
