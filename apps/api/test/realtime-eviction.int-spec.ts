import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupScimSyncService } from '../src/groups/group-scim-sync.service';
import { RealtimeGateway } from '../src/realtime/realtime.gateway';
import { RoomAccessService } from '../src/realtime/room-access.service';
import { RoomEvictionService } from '../src/realtime/room-eviction.service';
import { Person, postsFixtures } from './posts-fixtures';
import { ClientSocket, connectClient, LiveClient, urlOf } from './realtime-helpers';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

type Watcher = Person & { client: LiveClient };

/**
 * People who lose a group's content (removed, left, the group made closed) leave its live rooms
 * at once. Each negative is anchored by a positive control: someone who kept access gets the
 * event, and the evicted socket still gets a later event from a room it may keep.
 */
describe('realtime eviction when group access narrows', () => {
  let database: TestDatabase;
  let app: INestApplication;
  const sockets: ClientSocket[] = [];
  const { api, person, group, createPost } = postsFixtures(() => app);

  const watcher = async (on: INestApplication = app): Promise<Watcher> => {
    const someone = await person();
    return { ...someone, client: await connectClient(urlOf(on), someone.cookie, sockets) };
  };
  const closedOf = (client: LiveClient, kind: 'group' | 'post', id: string) =>
    client.next('room:closed', (payload) => payload.room.kind === kind && payload.room.id === id);

  /**
   * After a post and a reply in `groupId` reach `kept`, posts in `elsewhere` (a room `evicted`
   * kept): once that later post arrives, the earlier ones would have arrived too, had they been sent.
   */
  async function expectOnlyKeptHears(owner: Person, groupId: string, postId: string, kept: LiveClient, evicted: LiveClient, elsewhere: string): Promise<void> {
    const fresh = await createPost(owner, { groupId, body: 'After the change' });
    const reply = (await api(owner).post(`/posts/${postId}/replies`, { body: 'A reply after the change' }).expect(201)).body;
    await kept.next('post:created', (payload) => payload.postId === fresh.id);
    await kept.next('reply:created', (payload) => payload.replyId === reply.id);
    const later = await createPost(owner, { groupId: elsewhere, body: 'Elsewhere' });
    await evicted.next('post:created', (payload) => payload.postId === later.id);
    expect(evicted.all('post:created').filter((payload) => payload.groupId === groupId)).toEqual([]);
    expect(evicted.all('reply:created')).toEqual([]);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await app?.close();
    await database?.drop();
  });

  it("takes a member a manager removes out of the closed group's room and its posts' rooms", async () => {
    const owner = await person();
    const [stays, goes] = [await watcher(), await watcher()];
    const closed = await group(owner, 'closed', [{ person: stays }, { person: goes }]);
    const open = await group(owner, 'open');
    const post = await createPost(owner, { groupId: closed.id, body: 'Before the change' });
    for (const client of [stays.client, goes.client]) {
      await expect(client.join({ kind: 'group', id: closed.id })).resolves.toEqual({ ok: true });
      await expect(client.join({ kind: 'post', id: post.id })).resolves.toEqual({ ok: true });
    }
    await expect(goes.client.join({ kind: 'group', id: open.id })).resolves.toEqual({ ok: true });

    await api(owner).delete(`/groups/${closed.id}/members/${goes.id}`).expect(204);

    await expect(closedOf(goes.client, 'group', closed.id)).resolves.toEqual({ room: { kind: 'group', id: closed.id } });
    await expect(closedOf(goes.client, 'post', post.id)).resolves.toEqual({ room: { kind: 'post', id: post.id } });
    await expectOnlyKeptHears(owner, closed.id, post.id, stays.client, goes.client, open.id);
    expect(stays.client.all('room:closed')).toEqual([]);
    await expect(stays.client.next('presence', (payload) => payload.groupId === closed.id && !payload.userIds.includes(goes.id))).resolves.toEqual({
      groupId: closed.id,
      userIds: [stays.id],
    });
  });

  it('takes someone who leaves a closed group out of its rooms, but keeps a leaver of an open group (they may still read it)', async () => {
    const owner = await person();
    const [stays, leaves] = [await watcher(), await watcher()];
    const closed = await group(owner, 'closed', [{ person: stays }, { person: leaves }]);
    const open = await group(owner, 'open', [{ person: leaves }]);
    const post = await createPost(owner, { groupId: closed.id, body: 'Before leaving' });
    for (const client of [stays.client, leaves.client]) {
      await expect(client.join({ kind: 'group', id: closed.id })).resolves.toEqual({ ok: true });
      await expect(client.join({ kind: 'post', id: post.id })).resolves.toEqual({ ok: true });
    }
    await leaves.client.join({ kind: 'group', id: open.id });

    await api(leaves).post(`/groups/${open.id}/leave`).expect(204);
    const server = app.get(RealtimeGateway).server;
    await expect(app.get(RoomEvictionService).evict(server, { groupId: open.id, userIds: [leaves.id] })).resolves.toBe(0);
    await api(leaves).post(`/groups/${closed.id}/leave`).expect(204);

    await closedOf(leaves.client, 'group', closed.id);
    await closedOf(leaves.client, 'post', post.id);
    await expectOnlyKeptHears(owner, closed.id, post.id, stays.client, leaves.client, open.id);
    // Only the closed group's rooms were closed: the open group's room stayed (it relayed the control post).
    expect(leaves.client.all('room:closed').map((payload) => payload.room.id).sort()).toEqual([closed.id, post.id].sort());
  });

  it('takes people the SCIM group sync removes out of the rooms of a closed group linked to it', async () => {
    const owner = await person();
    const [inIdp, leftIdp] = [await watcher(), await watcher()];
    const closed = await group(owner, 'closed', [{ person: inIdp }, { person: leftIdp }]);
    const open = await group(owner, 'open');
    const post = await createPost(owner, { groupId: closed.id, body: 'Linked' });
    for (const client of [inIdp.client, leftIdp.client]) {
      await expect(client.join({ kind: 'group', id: closed.id })).resolves.toEqual({ ok: true });
      await expect(client.join({ kind: 'post', id: post.id })).resolves.toEqual({ ok: true });
    }
    await leftIdp.client.join({ kind: 'group', id: open.id });
    const sql = app.get(DataSource);
    const [scimGroup] = await sql.query(`INSERT INTO scim_groups (display_name) VALUES ($1) RETURNING id`, [`Staff ${closed.id}`]);
    await sql.query(`INSERT INTO scim_group_members (scim_group_id, user_id) VALUES ($1, $2)`, [scimGroup.id, inIdp.id]);
    await sql.query(`UPDATE groups SET linked_scim_group_id = $1 WHERE id = $2`, [scimGroup.id, closed.id]);

    await app.get(GroupScimSyncService).syncGroup(closed.id);

    await closedOf(leftIdp.client, 'group', closed.id);
    await closedOf(leftIdp.client, 'post', post.id);
    await expectOnlyKeptHears(owner, closed.id, post.id, inIdp.client, leftIdp.client, open.id);
    expect(inIdp.client.all('room:closed')).toEqual([]);
  });

  it('refuses a join whose check passed just before a removal that evicted before the socket was in', async () => {
    const owner = await person();
    const late = await watcher();
    const closed = await group(owner, 'closed', [{ person: late }]);
    const roomAccess = app.get(RoomAccessService);
    const grantFor = roomAccess.grantFor.bind(roomAccess);
    const spy = jest.spyOn(roomAccess, 'grantFor').mockImplementationOnce(async (userId, ref) => {
      const grant = await grantFor(userId, ref);
      await api(owner).delete(`/groups/${closed.id}/members/${late.id}`).expect(204);
      // The eviction finds nobody: the socket is not in the room yet.
      await expect(app.get(RoomEvictionService).evict(app.get(RealtimeGateway).server, { groupId: closed.id, userIds: [late.id] })).resolves.toBe(0);
      return grant;
    });

    try {
      expect(await late.client.join({ kind: 'group', id: closed.id })).toEqual({ ok: false, error: 'not-found' });
    } finally {
      spy.mockRestore();
    }
    const sockets = await app.get(RealtimeGateway).server.in(`group:${closed.id}`).fetchSockets();
    expect(sockets.map((socket) => socket.data.userId)).toEqual([]);
  });

  it('takes non-members watching an open group out of its rooms when it becomes closed, and keeps its members', async () => {
    const owner = await person();
    const [member, outsider] = [await watcher(), await watcher()];
    const changing = await group(owner, 'open', [{ person: member }]);
    const elsewhere = await group(owner, 'open');
    const post = await createPost(owner, { groupId: changing.id, body: 'While open' });
    for (const client of [member.client, outsider.client]) {
      await expect(client.join({ kind: 'group', id: changing.id })).resolves.toEqual({ ok: true });
      await expect(client.join({ kind: 'post', id: post.id })).resolves.toEqual({ ok: true });
    }
    await outsider.client.join({ kind: 'group', id: elsewhere.id });

    await api(owner).patch(`/groups/${changing.id}`, { type: 'closed' }).expect(200);

    await closedOf(outsider.client, 'group', changing.id);
    await closedOf(outsider.client, 'post', post.id);
    await expectOnlyKeptHears(owner, changing.id, post.id, member.client, outsider.client, elsewhere.id);
    expect(member.client.all('room:closed')).toEqual([]);
    await expect(outsider.client.join({ kind: 'group', id: changing.id })).resolves.toEqual({ ok: false, error: 'not-found' });
  });
});

describe('realtime eviction across two API instances (PostgreSQL adapter)', () => {
  let database: TestDatabase;
  let a: INestApplication;
  let b: INestApplication;
  const sockets: ClientSocket[] = [];
  const onA = postsFixtures(() => a);
  const onB = postsFixtures(() => b);

  beforeAll(async () => {
    database = await createTestDatabase();
    a = await createTestApp(database);
    b = await createTestApp(database);
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

  it('evicts a socket on instance A when instance B removes its person from the group', async () => {
    const owner = await onA.person();
    const [stays, goes] = [await onA.person(), await onA.person()];
    const closed = await onA.group(owner, 'closed', [{ person: stays }, { person: goes }]);
    const open = await onA.group(owner, 'open');
    const post = await onA.createPost(owner, { groupId: closed.id, body: 'Across instances' });
    const staysOnB = await connectClient(urlOf(b), stays.cookie, sockets);
    const goesOnA = await connectClient(urlOf(a), goes.cookie, sockets);
    for (const client of [staysOnB, goesOnA]) {
      await expect(client.join({ kind: 'group', id: closed.id })).resolves.toEqual({ ok: true });
      await expect(client.join({ kind: 'post', id: post.id })).resolves.toEqual({ ok: true });
    }
    await goesOnA.join({ kind: 'group', id: open.id });

    await onB.api(owner).delete(`/groups/${closed.id}/members/${goes.id}`).expect(204);

    await goesOnA.next('room:closed', (payload) => payload.room.kind === 'group' && payload.room.id === closed.id);
    await goesOnA.next('room:closed', (payload) => payload.room.kind === 'post' && payload.room.id === post.id);
    const fresh = await onB.createPost(owner, { groupId: closed.id, body: 'After removal' });
    await staysOnB.next('post:created', (payload) => payload.postId === fresh.id);
    const later = await onB.createPost(owner, { groupId: open.id, body: 'Elsewhere' });
    await goesOnA.next('post:created', (payload) => payload.postId === later.id);
    expect(goesOnA.all('post:created').filter((payload) => payload.groupId === closed.id)).toEqual([]);
  });
});
