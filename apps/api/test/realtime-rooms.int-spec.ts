import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionService } from '../src/auth/sessions/session.service';
import { DiscussionEvents } from '../src/posts/discussion-events';
import { RealtimeGateway } from '../src/realtime/realtime.gateway';
import { createUser, signInAs } from './factories';
import { ClientSocket, connectClient, createGroup, createPost, LiveClient, pause, urlOf } from './realtime-helpers';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe(`${RealtimeGateway.name} rooms`, () => {
  let database: TestDatabase;
  let app: INestApplication;
  let url: string;
  const sockets: ClientSocket[] = [];

  async function person(): Promise<{ id: string; displayName: string; client: LiveClient; cookie: string }> {
    const user = await createUser(app);
    const { cookie } = await signInAs(app, user);
    return { id: user.id, displayName: user.displayName, cookie, client: await connectClient(url, cookie, sockets) };
  }

  const postCreated = (postId: string, groupId: string | null) => app.get(DiscussionEvents).emit('post:created', { postId, groupId, cursor: `c-${postId}` });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    await app.listen(0, '127.0.0.1');
    url = urlOf(app);
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await app?.close();
    await database?.drop();
  });

  it("refuses a secret group's room to a non-member (not-found) and relays its posts to members only", async () => {
    const [member, outsider] = [await person(), await person()];
    const groupId = await createGroup(app, 'secret', [member.id]);

    await expect(outsider.client.join({ kind: 'group', id: groupId })).resolves.toEqual({ ok: false, error: 'not-found' });
    await expect(member.client.join({ kind: 'group', id: groupId })).resolves.toEqual({ ok: true });
    postCreated('11111111-1111-4111-8111-111111111111', groupId);

    await expect(member.client.next('post:created')).resolves.toEqual({ postId: '11111111-1111-4111-8111-111111111111', groupId, cursor: 'c-11111111-1111-4111-8111-111111111111' });
    await pause(200);
    expect(outsider.client.received.map((entry) => entry.event)).toEqual(['session:ready']);
  });

  it('answers not-found for a closed group to a non-member, a missing group and a malformed room, as REST does', async () => {
    const [owner, outsider] = [await person(), await person()];
    const closed = await createGroup(app, 'closed', [owner.id]);
    const open = await createGroup(app, 'open', [owner.id]);

    await expect(outsider.client.join({ kind: 'group', id: closed })).resolves.toEqual({ ok: false, error: 'not-found' });
    await expect(outsider.client.join({ kind: 'group', id: '00000000-0000-4000-8000-000000000000' })).resolves.toEqual({ ok: false, error: 'not-found' });
    await expect(outsider.client.join({ kind: 'nope', id: open } as never)).resolves.toEqual({ ok: false, error: 'not-found' });
    await expect(outsider.client.join({ kind: 'group', id: open })).resolves.toEqual({ ok: true });
    await expect(outsider.client.join({ kind: 'topic', id: 'Planning' })).resolves.toEqual({ ok: true });
  });

  it("lets only people who may read a post join its room, and relays the thread's replies, reactions and poll results there", async () => {
    const [member, outsider] = [await person(), await person()];
    const groupId = await createGroup(app, 'secret', [member.id]);
    const postId = await createPost(app, member.id, groupId);

    await expect(outsider.client.join({ kind: 'post', id: postId })).resolves.toEqual({ ok: false, error: 'not-found' });
    await expect(outsider.client.join({ kind: 'post', id: 'not-a-uuid' })).resolves.toEqual({ ok: false, error: 'not-found' });
    await expect(member.client.join({ kind: 'post', id: postId })).resolves.toEqual({ ok: true });
    app.get(DiscussionEvents).emit('reply:created', { postId, replyId: '22222222-2222-4222-8222-222222222222', groupId });
    app.get(DiscussionEvents).emit('reaction:changed', { postId, replyId: null, groupId, counts: { like: 2 } });
    app.get(DiscussionEvents).emit('poll:updated', { postId, groupId });

    await expect(member.client.next('reply:created')).resolves.toEqual({ postId, replyId: '22222222-2222-4222-8222-222222222222', groupId });
    await expect(member.client.next('reaction:changed')).resolves.toEqual({ postId, replyId: null, counts: { like: 2 } });
    await expect(member.client.next('poll:updated')).resolves.toEqual({ postId });
    expect(outsider.client.received.map((entry) => entry.event)).toEqual(['session:ready']);
  });

  it("sends a profile post to its author and their followers' sockets only", async () => {
    const [author, follower, stranger] = [await person(), await person(), await person()];
    await app.get(DataSource).query(`INSERT INTO follows (follower_id, followee_id) VALUES ($1, $2)`, [follower.id, author.id]);
    const postId = await createPost(app, author.id, null);

    postCreated(postId, null);

    await expect(follower.client.next('post:created')).resolves.toEqual({ postId, groupId: null, cursor: `c-${postId}` });
    await expect(author.client.next('post:created')).resolves.toMatchObject({ postId });
    await pause(200);
    expect(stranger.client.all('post:created')).toEqual([]);
  });

  it('announces open-group and profile posts in their topic rooms, never closed or secret ones', async () => {
    const [listener, author] = [await person(), await person()];
    await expect(listener.client.join({ kind: 'topic', id: 'budget-consultation' })).resolves.toEqual({ ok: true });
    const openGroup = await createGroup(app, 'open', [author.id]);
    const secretGroup = await createGroup(app, 'secret', [author.id]);
    const openPost = await createPost(app, author.id, openGroup);
    const secretPost = await createPost(app, author.id, secretGroup);
    await app.get(DataSource).query(`INSERT INTO post_topics (post_id, topic) VALUES ($1, 'budget-consultation'), ($2, 'budget-consultation')`, [openPost, secretPost]);

    postCreated(secretPost, secretGroup);
    postCreated(openPost, openGroup);

    await expect(listener.client.next('post:created')).resolves.toEqual({ postId: openPost, groupId: openGroup, cursor: `c-${openPost}` });
    await pause(200);
    expect(listener.client.all('post:created').map((change) => change.postId)).toEqual([openPost]);
  });

  it('sends typing to the others in the thread, not to the typist, at most once per 2 s', async () => {
    const [typist, reader, notInThread] = [await person(), await person(), await person()];
    const groupId = await createGroup(app, 'open', [typist.id, reader.id, notInThread.id]);
    const postId = await createPost(app, typist.id, groupId);
    await typist.client.join({ kind: 'post', id: postId });
    await reader.client.join({ kind: 'post', id: postId });

    typist.client.socket.emit('typing', { postId });
    typist.client.socket.emit('typing', { postId });
    notInThread.client.socket.emit('typing', { postId });

    await expect(reader.client.next('typing')).resolves.toEqual({ postId, user: { id: typist.id, displayName: typist.displayName } });
    await pause(300);
    expect(reader.client.all('typing')).toHaveLength(1);
    expect(typist.client.all('typing')).toEqual([]);
  });

  it('tells a group room who is online (each person once), and stops sending to a socket that left', async () => {
    const [first, second] = [await person(), await person()];
    const secondTab = await connectClient(url, second.cookie, sockets);
    const groupId = await createGroup(app, 'closed', [first.id, second.id]);

    await first.client.join({ kind: 'group', id: groupId });
    await second.client.join({ kind: 'group', id: groupId });
    await secondTab.join({ kind: 'group', id: groupId });
    const both = [first.id, second.id].sort();
    await expect(first.client.next('presence', (p) => p.userIds.length === 2)).resolves.toEqual({ groupId, userIds: both });
    await expect(secondTab.next('presence')).resolves.toEqual({ groupId, userIds: both });

    second.client.socket.emit('room:leave', { kind: 'group', id: groupId });
    secondTab.socket.disconnect();
    await expect(first.client.next('presence', (p) => p.userIds.length === 1)).resolves.toEqual({ groupId, userIds: [first.id] });
    postCreated('33333333-3333-4333-8333-333333333333', groupId);
    await first.client.next('post:created');
    await pause(200);
    expect(second.client.all('post:created')).toEqual([]);
  });

  it('drops a deactivated person\'s socket, refuses their joins meanwhile, and refuses them back', async () => {
    const user = await person();
    const groupId = await createGroup(app, 'open', [user.id]);
    const disconnected = new Promise<string>((resolve) => user.client.socket.once('disconnect', resolve));

    await app.get(DataSource).query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [user.id]);
    await expect(user.client.join({ kind: 'group', id: groupId })).resolves.toEqual({ ok: false, error: 'not-found' });
    await app.get(SessionService).endAllForUser(user.id, 'deactivated');

    await expect(disconnected).resolves.toBe('io server disconnect');
    await expect(connectClient(url, user.cookie, sockets)).rejects.toThrow('unauthenticated');
  });
});
