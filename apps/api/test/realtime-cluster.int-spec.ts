import { spawnSync } from 'node:child_process';
import { INestApplication } from '@nestjs/common';
import { DiscussionEvents } from '../src/posts/discussion-events';
import { RealtimeGateway } from '../src/realtime/realtime.gateway';
import { createUser, signInAs } from './factories';
import { ClientSocket, connectClient, createGroup, createPost, urlOf } from './realtime-helpers';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

const REDIS_URL = 'redis://127.0.0.1:6379';

/** Decided once at load: whether a Redis server answers on 127.0.0.1:6379 (a quick TCP probe). */
function redisReachable(): boolean {
  const probe = `require('node:net').connect(6379, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 2000 }).status === 0;
}

/**
 * Two API instances in one process on one database, sharing socket events only through the
 * adapter: a change announced on instance A must reach a client connected to instance B.
 */
function clusterSuite(adapterName: string, adapterClass: string, env: Record<string, string>): void {
  describe(`realtime across two API instances (${adapterName} adapter)`, () => {
    let database: TestDatabase;
    let a: INestApplication;
    let b: INestApplication;
    const sockets: ClientSocket[] = [];

    async function member(app: INestApplication, groupId: string | null = null) {
      const user = await createUser(a);
      const { cookie } = await signInAs(a, user);
      return { user, client: await connectClient(urlOf(app), cookie, sockets), groupId };
    }

    beforeAll(async () => {
      database = await createTestDatabase();
      a = await createTestApp(database, env);
      b = await createTestApp(database, env);
      await a.listen(0, '127.0.0.1');
      await b.listen(0, '127.0.0.1');
    });

    afterAll(async () => {
      // Apps first: sockets dropped by a closing app announce nothing, so no instance waits on the other.
      await a?.close();
      await b?.close();
      sockets.forEach((socket) => socket.close());
      await database?.drop();
    });

    it(`shares events through the ${adapterName} adapter (${adapterClass})`, () => {
      for (const app of [a, b]) expect(app.get(RealtimeGateway).server.of('/').adapter.constructor.name).toBe(adapterClass);
    });

    it('delivers post:created announced on instance A to a member connected to instance B', async () => {
      const onB = await member(b);
      const outsiderOnB = await member(b);
      const groupId = await createGroup(a, 'secret', [onB.user.id]);
      await expect(onB.client.join({ kind: 'group', id: groupId })).resolves.toEqual({ ok: true });
      await expect(outsiderOnB.client.join({ kind: 'group', id: groupId })).resolves.toEqual({ ok: false, error: 'not-found' });

      a.get(DiscussionEvents).emit('post:created', { postId: '44444444-4444-4444-8444-444444444444', groupId, cursor: 'c1' });

      await expect(onB.client.next('post:created')).resolves.toEqual({ postId: '44444444-4444-4444-8444-444444444444', groupId, cursor: 'c1' });
      expect(outsiderOnB.client.all('post:created')).toEqual([]);
    });

    it('counts presence and relays typing across both instances', async () => {
      const onA = await member(a);
      const onB = await member(b);
      const groupId = await createGroup(a, 'closed', [onA.user.id, onB.user.id]);
      const postId = await createPost(a, onA.user.id, groupId);
      await onA.client.join({ kind: 'group', id: groupId });
      await onB.client.join({ kind: 'group', id: groupId });
      await onA.client.join({ kind: 'post', id: postId });
      await onB.client.join({ kind: 'post', id: postId });

      const both = [onA.user.id, onB.user.id].sort();
      await expect(onA.client.next('presence', (p) => p.userIds.length === 2)).resolves.toEqual({ groupId, userIds: both });
      onB.client.socket.emit('typing', { postId });
      await expect(onA.client.next('typing')).resolves.toEqual({ postId, user: { id: onB.user.id, displayName: onB.user.displayName } });
    });
  });
}

clusterSuite('PostgreSQL', 'PostgresAdapter', {});

if (redisReachable()) {
  clusterSuite('Redis', 'RedisAdapter', { REDIS_URL });
} else {
  it.skip(`realtime across two API instances (Redis adapter) (skipped: no Redis server reachable at 127.0.0.1:6379)`, () => undefined);
}
