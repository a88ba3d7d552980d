import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationsPage, NotificationView } from '@moot/contracts';
import { NotificationPreferencesService } from '../src/notifications/notification-preferences.service';
import type { SignedIn } from './factories';
import { Person, postsFixtures } from './posts-fixtures';
import { ClientSocket, connectClient, pause, urlOf } from './realtime-helpers';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

const mention = (person: Person): string => `@[${person.email}](${person.id})`;

describe('notifications', () => {
  let database: TestDatabase;
  let app: INestApplication;
  const sockets: ClientSocket[] = [];
  const { api, person, group, createPost } = postsFixtures(() => app);

  const bell = async (as: SignedIn, query = ''): Promise<NotificationsPage> => (await api(as).get(`/notifications${query}`).expect(200)).body;

  /** Notifications are written after commit, off the request: wait for the one expected. */
  async function eventually(as: SignedIn, match: (item: NotificationView) => boolean): Promise<NotificationView> {
    for (let attempt = 0; attempt < 60; attempt++) {
      const found = (await bell(as)).items.find(match);
      if (found) return found;
      await pause(50);
    }
    throw new Error(`no matching notification; have ${JSON.stringify((await bell(as)).items)}`);
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

  it('tells a mentioned person, naming the author and linking the post', async () => {
    const [author, sam] = [await person({ displayName: 'Ada Author' }), await person()];
    const post = await createPost(author, { groupId: null, body: `Thoughts, ${mention(sam)}?` });
    const item = await eventually(sam, (n) => n.type === 'mention');
    expect(item).toMatchObject({ text: 'Ada Author mentioned you in a post', link: `/posts/${post.id}`, read: false, actorCount: 1 });
    expect(item.actors.map((actor) => actor.id)).toEqual([author.id]);
  });

  it('tells people mentioned in a reply, once per reply, including those an edit adds, and only if they may see it', async () => {
    const [owner, replier, sam, kim, outsider] = [await person(), await person({ displayName: 'Rita Replier' }), await person(), await person(), await person()];
    const closed = await group(owner, 'closed', [{ person: replier }, { person: sam }, { person: kim }]);
    const post = await createPost(owner, { groupId: closed.id, body: 'Ideas for the consultation?' });
    const reply = (await api(replier).post(`/posts/${post.id}/replies`, { body: `Over to ${mention(sam)} and ${mention(outsider)}` }).expect(201)).body;
    const item = await eventually(sam, (n) => n.type === 'mention');
    expect(item).toMatchObject({ text: 'Rita Replier mentioned you in a reply', link: `/posts/${post.id}`, actorCount: 1 });

    await api(replier).patch(`/replies/${reply.id}`, { body: `Over to ${mention(sam)}, ${mention(kim)} and ${mention(outsider)}` }).expect(200);
    await eventually(kim, (n) => n.type === 'mention' && n.text === 'Rita Replier mentioned you in a reply');
    const sql = app.get(DataSource);
    // Sam was told once for this reply, however often it is edited; the outsider cannot see the group.
    expect(await sql.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'mention'`, [sam.id])).toEqual([{ n: 1 }]);
    expect(await sql.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [outsider.id])).toEqual([{ n: 0 }]);
  });

  it('never notifies the actor themself', async () => {
    const [author, other] = [await person(), await person()];
    await createPost(author, { groupId: null, body: `${mention(author)} and ${mention(other)}` });
    await eventually(other, (n) => n.type === 'mention');
    expect((await bell(author)).items).toEqual([]);
  });

  it('never shows a secret-group post to a non-member, even when mentioned', async () => {
    const [owner, member, outsider] = [await person(), await person(), await person()];
    const secret = await group(owner, 'secret', [{ person: member }]);
    await createPost(owner, { groupId: secret.id, body: `${mention(member)} ${mention(outsider)}` });
    await eventually(member, (n) => n.type === 'mention');
    expect(await bell(outsider)).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
    const rows = await app.get(DataSource).query(`SELECT 1 FROM notifications WHERE user_id = $1`, [outsider.id]);
    expect(rows).toHaveLength(0);
  });

  it('hides a notification once its target can no longer be seen (removed from a secret group)', async () => {
    const [owner, member] = [await person(), await person()];
    const secret = await group(owner, 'secret', [{ person: member }]);
    await createPost(owner, { groupId: secret.id, body: `Welcome ${mention(member)}` });
    await eventually(member, (n) => n.type === 'mention');
    await app.get(DataSource).query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [secret.id, member.id]);
    expect(await bell(member)).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
    expect((await api(member).get('/notifications/unread-count').expect(200)).body).toEqual({ unreadCount: 0 });
  });

  it('groups replies to one post: "X and 4 others replied to your post"', async () => {
    const author = await person();
    const repliers = [];
    for (let i = 0; i < 5; i++) repliers.push(await person({ displayName: `Replier ${i}` }));
    const post = await createPost(author, { groupId: null, body: 'Who can help with the budget consultation?' });
    for (const replier of repliers) await api(replier).post(`/posts/${post.id}/replies`, { body: 'Me!' }).expect(201);
    const item = await eventually(author, (n) => n.type === 'reply' && n.actorCount === 5);
    expect(item.text).toMatch(/^Replier \d and 4 others replied to your post$/);
    expect(item.actors).toHaveLength(3);
    expect((await bell(author)).items.filter((n) => n.type === 'reply')).toHaveLength(1);
    // The first replier hears about the four who followed, as one entry.
    const thread = await eventually(repliers[0], (n) => n.type === 'thread_reply' && n.actorCount === 4);
    expect(thread.text).toMatch(/and 3 others also replied/);
  });

  it("does not tell an anonymous post's writer about replies", async () => {
    const [owner, writer, replier, later] = [await person(), await person(), await person(), await person()];
    const team = await group(owner, 'open', [{ person: writer }, { person: replier }, { person: later }], { allowAnonymousPosts: true });
    const post = await createPost(writer, { groupId: team.id, body: 'An honest question', anonymous: true });
    await api(replier).post(`/posts/${post.id}/replies`, { body: 'Good point' }).expect(201);
    await api(later).post(`/posts/${post.id}/replies`, { body: 'Agreed' }).expect(201);
    await eventually(replier, (n) => n.type === 'thread_reply');
    expect((await bell(writer)).items).toEqual([]);
  });

  it('sends nothing for a type turned off, and keeps quiet defaults otherwise', async () => {
    const [author, quiet, loud] = [await person(), await person(), await person()];
    const defaults = (await api(quiet).get('/notifications/preferences').expect(200)).body;
    expect(defaults.quietHours).toBeNull();
    expect(defaults.types).toEqual(
      expect.arrayContaining([
        { type: 'mention', delivery: 'daily_digest' },
        { type: 'reply', delivery: 'daily_digest' },
        { type: 'announcement', delivery: 'in_app' },
        { type: 'endorsement', delivery: 'in_app' },
      ]),
    );
    await api(quiet).put('/notifications/preferences', { types: [{ type: 'mention', delivery: 'off' }] }).expect(200);
    await createPost(author, { groupId: null, body: `${mention(quiet)} ${mention(loud)}` });
    await eventually(loud, (n) => n.type === 'mention');
    expect((await bell(quiet)).items).toEqual([]);
    const preferences = app.get(NotificationPreferencesService);
    await expect(preferences.deliveryFor(quiet.id, 'mention', null)).resolves.toBe('off');
    await expect(preferences.deliveryFor(loud.id, 'mention', null)).resolves.toBe('daily_digest');
    await expect(preferences.deliveryFor(loud.id, 'thread_reply', null)).resolves.toBe('in_app');
  });

  it('lets a group choice win over the type choice, only for groups you belong to', async () => {
    const [owner, member] = [await person(), await person()];
    const mine = await group(owner, 'open', [{ person: member }]);
    const theirs = await group(owner, 'open');
    await api(member).put('/notifications/preferences', { groups: [{ groupId: theirs.id, delivery: 'off' }] }).expect(404);
    await api(member).put('/notifications/preferences', { groups: [{ groupId: 'nope', delivery: 'off' }] }).expect(400);
    await api(member).put('/notifications/preferences', { quietHours: { start: '25:00', end: '07:00' } }).expect(400);
    const saved = (
      await api(member)
        .put('/notifications/preferences', { groups: [{ groupId: mine.id, delivery: 'weekly_digest' }], quietHours: { start: '21:00', end: '07:30' } })
        .expect(200)
    ).body;
    expect(saved.groups).toEqual([{ groupId: mine.id, groupName: expect.any(String), delivery: 'weekly_digest' }]);
    expect(saved.quietHours).toEqual({ start: '21:00', end: '07:30' });
    await expect(app.get(NotificationPreferencesService).deliveryFor(member.id, 'mention', mine.id)).resolves.toBe('weekly_digest');
    const reset = (await api(member).put('/notifications/preferences', { groups: [{ groupId: mine.id, delivery: null }], quietHours: null }).expect(200)).body;
    expect(reset.groups).toEqual([{ groupId: mine.id, groupName: expect.any(String), delivery: null }]);
    expect(reset.quietHours).toBeNull();
  });

  it('marks one read, all read, and counts the unread', async () => {
    const [author, reader, stranger] = [await person(), await person(), await person()];
    await createPost(author, { groupId: null, body: `First ${mention(reader)}` });
    await createPost(author, { groupId: null, body: `Second ${mention(reader)}` });
    await eventually(reader, (n) => n.type === 'mention');
    for (let attempt = 0; attempt < 60 && (await bell(reader)).unreadCount < 2; attempt++) await pause(50);
    const page = await bell(reader);
    expect(page.unreadCount).toBe(2);
    await api(stranger).put(`/notifications/${page.items[0].id}/read`).expect(404);
    await api(reader).put(`/notifications/${page.items[0].id}/read`).expect(204);
    expect((await api(reader).get('/notifications/unread-count').expect(200)).body).toEqual({ unreadCount: 1 });
    expect((await bell(reader, '?unreadOnly=true')).items.map((n) => n.id)).toEqual([page.items[1].id]);
    await api(reader).post('/notifications/read-all').expect(204);
    expect((await api(reader).get('/notifications/unread-count').expect(200)).body).toEqual({ unreadCount: 0 });
    expect((await bell(reader)).items.every((n) => n.read)).toBe(true);
  });

  it('pages with a keyset cursor, newest change first', async () => {
    const [author, reader] = [await person(), await person()];
    for (let i = 0; i < 3; i++) await createPost(author, { groupId: null, body: `Post ${i} ${mention(reader)}` });
    for (let attempt = 0; attempt < 60 && (await bell(reader)).unreadCount < 3; attempt++) await pause(50);
    const first = await bell(reader, '?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await bell(reader, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((n) => n.id)).size).toBe(3);
    await api(reader).get('/notifications?cursor=garbage').expect(400);
  });

  it('tells group managers about a join request, and the requester when approved', async () => {
    const [owner, asker] = [await person(), await person({ displayName: 'Asha Asker' })];
    const closed = await group(owner, 'closed');
    await api(asker).post(`/groups/${closed.id}/join`, {}).expect(200);
    const request = await eventually(owner, (n) => n.type === 'join_request');
    expect(request.text).toMatch(/^Asha Asker asked to join Group /);
    expect(request.link).toBe(`/groups/${closed.slug}`);
    await api(owner).post(`/groups/${closed.id}/requests/${asker.id}/approve`).expect((response) => expect(response.status).toBeLessThan(300));
    const approved = await eventually(asker, (n) => n.type === 'join_approved');
    expect(approved.text).toMatch(/^Your request to join Group \w+ was approved$/);
  });

  it('tells a person who endorsed their skill', async () => {
    const [endorser, expert] = [await person({ displayName: 'Eve Endorser' }), await person()];
    const sql = app.get(DataSource);
    const [skill] = await sql.query(`INSERT INTO skills (name, normalised_name) VALUES ('Facilitation', 'facilitation') RETURNING id`);
    await sql.query(`INSERT INTO user_skills (user_id, skill_id) VALUES ($1, $2)`, [expert.id, skill.id]);
    await api(endorser).put(`/people/${expert.id}/skills/${skill.id}/endorsement`).expect((response) => expect(response.status).toBeLessThan(300));
    const item = await eventually(expert, (n) => n.type === 'endorsement');
    expect(item.text).toBe('Eve Endorser endorsed your skill Facilitation');
  });

  it('tells members about an announcement and an answerer when their answer is accepted', async () => {
    const [owner, member, answerer] = [await person({ displayName: 'Olu Owner' }), await person(), await person()];
    const team = await group(owner, 'closed', [{ person: member }, { person: answerer }]);
    await createPost(owner, { groupId: team.id, type: 'announcement', body: 'Office closed on Friday' });
    const announcement = await eventually(member, (n) => n.type === 'announcement');
    expect(announcement.text).toMatch(/^Olu Owner posted an announcement in Group /);
    const question = await createPost(owner, { groupId: team.id, type: 'question', body: 'Where is the style guide?' });
    const reply = (await api(answerer).post(`/posts/${question.id}/replies`, { body: 'On the wiki' }).expect(201)).body;
    await api(owner).put(`/posts/${question.id}/accepted-reply`, { replyId: reply.id }).expect(200);
    const accepted = await eventually(answerer, (n) => n.type === 'accepted_answer');
    expect(accepted).toMatchObject({ text: 'Your answer was accepted', link: `/posts/${question.id}`, actors: [] });
    expect((await bell(owner)).items.some((n) => n.type === 'announcement')).toBe(false);
  });

  it('delivers notification:new over the socket to the right person only', async () => {
    const [author, target, bystander] = [await person(), await person(), await person()];
    const url = urlOf(app);
    const [targetClient, bystanderClient] = [await connectClient(url, target.cookie, sockets), await connectClient(url, bystander.cookie, sockets)];
    await createPost(author, { groupId: null, body: `Heads up ${mention(target)}` });
    const payload = await targetClient.next('notification:new');
    const [item] = (await bell(target)).items;
    expect(payload).toEqual({ notificationId: item.id, unreadCount: 1 });
    await pause(200);
    expect(bystanderClient.all('notification:new')).toEqual([]);
  });
  it('tells every member of a large group about an announcement, each with their own unread count over the socket', async () => {
    const owner = await person();
    const members = await Promise.all(Array.from({ length: 12 }, () => person()));
    const team = await group(owner, 'closed', members.map((member) => ({ person: member })));
    const url = urlOf(app);
    const [first, last] = [await connectClient(url, members[0].cookie, sockets), await connectClient(url, members[11].cookie, sockets)];
    // The last member already has something unread, so the two counts differ.
    await createPost(owner, { groupId: null, body: `Welcome ${mention(members[11])}` });
    const welcome = await last.next('notification:new');

    await createPost(owner, { groupId: team.id, type: 'announcement', body: 'Depot closed on Monday' });
    expect(await first.next('notification:new')).toMatchObject({ unreadCount: 1 });
    expect(await last.next('notification:new', (payload) => payload.notificationId !== welcome.notificationId)).toMatchObject({ unreadCount: 2 });
    const sql = app.get(DataSource);
    const rows = await sql.query(`SELECT user_id FROM notifications WHERE type = 'announcement' AND group_id = $1`, [team.id]);
    expect(rows.map((row: { user_id: string }) => row.user_id).sort()).toEqual(members.map((member) => member.id).sort());
  });
});
