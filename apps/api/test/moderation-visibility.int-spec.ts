import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { NotificationView, PostView } from '@moot/contracts';
import { DataSource } from 'typeorm';
import { EmailNotificationRepository } from '../src/email/email-notification.repository';
import { DiscussionEvents } from '../src/posts/discussion-events';
import { SignedIn } from './factories';
import { ClientSocket, connectClient, urlOf } from './realtime-helpers';
import { eventually, ModerationCast, moderationFixtures } from './moderation-fixtures';
import { Person } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('moderation: what moderated content looks like on every read path, the watch-list and election periods', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  // Filled in by beforeAll.
  let { owner, manager, alice, bob, carol, admin, team } = {} as ModerationCast;
  const sockets: ClientSocket[] = [];
  const { api, group, createPost, cast } = moderationFixtures(() => app);

  const handle = (who: Person) => who.email.split('@')[0];
  const ids = (items: { id: string }[]) => items.map((item) => item.id);
  const feed = async (as: SignedIn, path: string): Promise<PostView[]> => (await api(as).get(`/feeds/${path}`).expect(200)).body.items;
  const search = async (as: SignedIn, q: string): Promise<{ kind: string; id: string }[]> => (await api(as).get(`/search?q=${encodeURIComponent(q)}`).expect(200)).body.items;
  const bell = async (as: SignedIn): Promise<NotificationView[]> => (await api(as).get('/notifications').expect(200)).body.items;
  const download = (as: SignedIn, url: string) => request(app.getHttpServer()).get(url).set('Cookie', as.cookie);
  const upload = async (as: SignedIn, name: string, text: string): Promise<{ id: string; url: string }> =>
    (
      await request(app.getHttpServer())
        .post('/api/attachments')
        .set('Cookie', as.cookie)
        .set('x-csrf-token', as.csrf)
        .attach('file', Buffer.from(text), name)
        .expect(201)
    ).body;

  /** Reports as `reporter` and applies `action` as `moderator`; returns the case id. */
  async function moderate(targetType: string, targetId: string, action: string, moderator: SignedIn = manager, reporter: SignedIn = carol): Promise<string> {
    const { caseId } = (await api(reporter).post('/reports', { targetType, targetId, reason: 'offensive' }).expect((res) => expect([200, 201]).toContain(res.status))).body;
    await api(moderator).post(`/moderation/cases/${caseId}/actions`, { action, reason: 'Against the house rules' }).expect(200);
    return caseId;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    await app.listen(0, '127.0.0.1');
    sql = app.get(DataSource);
    ({ owner, manager, alice, bob, carol, admin, team } = await cast('open'));
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await app?.close();
    await database?.drop();
  });

  it('takes a removed post out of the thread, feeds, search, topics, notifications and file downloads for everyone but its author', async () => {
    const file = await upload(alice, 'quokka-minutes.csv', 'item,owner\nbudget,alice\n');
    const post = await createPost(alice, { groupId: team.id, body: `Quokkafest plans #quokkafest with @${handle(bob)}`, attachmentIds: [file.id] });
    await api(carol).post(`/posts/${post.id}/replies`, { body: 'Count me in' }).expect(201);
    await eventually(async () => (await bell(bob)).find((item) => item.type === 'mention'));
    expect(ids(await feed(bob, `groups/${team.id}`))).toContain(post.id);
    expect(ids(await feed(bob, 'home'))).toContain(post.id);
    expect(ids(await search(bob, 'quokkafest'))).toContain(post.id);
    await download(bob, file.url).expect(200);
    const digestLinks = async () => (await app.get(EmailNotificationRepository).digestCandidates(new Date(0))).filter((row) => row.userId === bob.id).map((row) => row.link);
    expect(await digestLinks()).toContain(`/posts/${post.id}`);

    const deleted: string[] = [];
    const off = app.get(DiscussionEvents).on('post:deleted', (change) => deleted.push(change.postId));
    await moderate('post', post.id, 'remove');
    off();
    expect(deleted).toEqual([post.id]);

    await api(bob).get(`/posts/${post.id}`).expect(404);
    await api(bob).get(`/posts/${post.id}/replies`).expect(404);
    await api(carol).post(`/posts/${post.id}/replies`, { body: 'Still here?' }).expect(404);
    expect(ids(await feed(bob, `groups/${team.id}`))).not.toContain(post.id);
    expect(ids(await feed(bob, 'home'))).not.toContain(post.id);
    expect(ids(await feed(bob, `people/${alice.id}`))).not.toContain(post.id);
    expect(ids(await feed(bob, 'topics/quokkafest'))).not.toContain(post.id);
    expect(ids(await search(bob, 'quokkafest'))).toEqual([]);
    expect(ids(await search(bob, 'quokka-minutes'))).toEqual([]);
    await download(bob, file.url).expect(404);
    expect((await bell(bob)).filter((item) => item.type === 'mention')).toEqual([]);
    expect(await digestLinks()).not.toContain(`/posts/${post.id}`);
    expect((await api(bob).get(`/people/${alice.id}`).expect(200)).body.recentActivity).toEqual([]);
    await api(bob).post('/reports', { targetType: 'post', targetId: post.id, reason: 'spam' }).expect(404);

    // Its author still has it, with the notice, and nothing to reply or react with.
    const own = (await api(alice).get(`/posts/${post.id}`).expect(200)).body as PostView;
    expect(own.moderation).toMatchObject({ state: 'removed', action: 'remove', reason: 'Against the house rules' });
    expect(own.can).toMatchObject({ reply: false, react: false });
    expect(ids(await feed(alice, `groups/${team.id}`))).toContain(post.id);
  });

  it('hides a reply and a file on their own, leaving the post up', async () => {
    const file = await upload(alice, 'walrus-rota.csv', 'day,who\nmon,alice\n');
    const post = await createPost(alice, { groupId: team.id, body: 'Walrus rota', attachmentIds: [file.id] });
    const reply = (await api(carol).post(`/posts/${post.id}/replies`, { body: 'Rude walrus remark' }).expect(201)).body;
    await api(bob).post(`/posts/${post.id}/replies`, { body: 'Fine' }).expect(201);
    expect((await api(bob).get(`/posts/${post.id}`).expect(200)).body.replyCount).toBe(2);

    await moderate('reply', reply.id, 'hide', manager, bob);
    expect((await api(bob).get(`/posts/${post.id}`).expect(200)).body.replyCount).toBe(1);
    const forBob = (await api(bob).get(`/posts/${post.id}/replies`).expect(200)).body.items;
    expect(ids(forBob)).not.toContain(reply.id);
    await api(bob).get(`/replies/${reply.id}`).expect(404);
    expect(ids(await search(bob, 'rude walrus remark'))).not.toContain(reply.id);
    expect(ids(await search(carol, 'rude walrus remark'))).toContain(reply.id);
    const forCarol = (await api(carol).get(`/posts/${post.id}/replies`).expect(200)).body.items;
    expect(forCarol.find((item: { id: string }) => item.id === reply.id)).toMatchObject({ moderation: { state: 'hidden', action: 'hide' } });

    await download(bob, file.url).expect(200);
    await moderate('attachment', file.id, 'remove');
    await download(bob, file.url).expect(404);
    // A removed file is served to nobody, its uploader included; the post stays.
    await download(alice, file.url).expect(404);
    const after = (await api(bob).get(`/posts/${post.id}`).expect(200)).body as PostView;
    expect(after.attachments).toEqual([]);
  });

  it('holds posts, replies and edits that match the watch-list until a moderator approves them', async () => {
    await api(bob).get('/admin/watch-list').expect(403);
    await api(bob).post('/admin/watch-list', { phrase: 'strike' }).expect(403);
    const added = await api(admin).post('/admin/watch-list', { phrase: '  Strike   BALLOT ' }).expect(201);
    expect(added.body).toMatchObject({ phrase: 'strike ballot', createdBy: { id: admin.id } });
    await api(admin).post('/admin/watch-list', { phrase: 'STRIKE ballot' }).expect(409);
    const blank = await api(admin).post('/admin/watch-list', { phrase: '   ' }).expect(400);
    expect(blank.body.errors.map((error: { field: string }) => error.field)).toEqual(['phrase']);
    const temporary = await api(admin).post('/admin/watch-list', { phrase: 'tempword' }).expect(201);
    await api(admin).delete(`/admin/watch-list/${temporary.body.id}`).expect(204);
    await api(admin).delete(`/admin/watch-list/${temporary.body.id}`).expect(404);
    expect((await api(admin).get('/admin/watch-list').expect(200)).body.items.map((item: { phrase: string }) => item.phrase)).toEqual(['strike ballot']);

    const created: string[] = [];
    const off = app.get(DiscussionEvents).on('post:created', (change) => created.push(change.postId));
    const held = await createPost(alice, { groupId: team.id, body: `Vote in the **Strike ballot** now, @${handle(bob)}` });
    off();
    expect(created).toEqual([]);
    expect(held.moderation).toMatchObject({ state: 'held', action: 'held', canRequestReview: false });
    await api(bob).get(`/posts/${held.id}`).expect(404);
    expect(ids(await feed(bob, `groups/${team.id}`))).not.toContain(held.id);
    const unaffected = await createPost(alice, { groupId: team.id, body: 'Strike ballots are counted' });
    expect(unaffected.moderation).toBeNull();

    const queued = (await api(manager).get('/moderation/cases').expect(200)).body.items.find((item: { target: { id: string } }) => item.target.id === held.id);
    expect(queued).toMatchObject({ source: 'watch_list', heldBecause: 'strike ballot', reports: [], target: { state: 'held' }, allowedActions: ['approve', 'hide', 'remove', 'escalate'] });
    expect(queued.history).toMatchObject([{ action: 'held', actor: null }]);
    // Nobody was told about the mention while it was held.
    expect(await sql.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND target_id = $2`, [bob.id, held.id])).toEqual([]);

    const approvedEvents: string[] = [];
    const stop = app.get(DiscussionEvents).on('post:created', (change) => approvedEvents.push(change.postId));
    await api(manager).post(`/moderation/cases/${queued.id}/actions`, { action: 'approve' }).expect(200);
    stop();
    expect(approvedEvents).toEqual([held.id]);
    expect((await api(bob).get(`/posts/${held.id}`).expect(200)).body.moderation).toBeNull();
    await eventually(async () => (await bell(bob)).find((item) => item.type === 'mention' && item.link === `/posts/${held.id}`));

    const reply = (await api(bob).post(`/posts/${unaffected.id}/replies`, { body: `The strike ballot closes Friday, @${handle(carol)}` }).expect(201)).body;
    expect(reply.moderation).toMatchObject({ state: 'held' });
    expect(ids((await api(carol).get(`/posts/${unaffected.id}/replies`).expect(200)).body.items)).not.toContain(reply.id);
    // A held reply tells nobody it mentions; approving it does.
    expect(await sql.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND target_id = $2`, [carol.id, reply.id])).toEqual([]);
    const replyCase = (await api(manager).get('/moderation/cases').expect(200)).body.items.find((item: { target: { id: string } }) => item.target.id === reply.id);
    await api(manager).post(`/moderation/cases/${replyCase.id}/actions`, { action: 'approve' }).expect(200);
    expect(ids((await api(carol).get(`/posts/${unaffected.id}/replies`).expect(200)).body.items)).toContain(reply.id);
    await eventually(async () => (await bell(carol)).find((item) => item.type === 'mention' && item.text.endsWith('mentioned you in a reply')));

    const edited = await api(alice).patch(`/posts/${unaffected.id}`, { body: 'Now about the strike ballot' }).expect(200);
    expect(edited.body.moderation).toMatchObject({ state: 'held' });
    await api(carol).get(`/posts/${unaffected.id}`).expect(404);

    // An anonymous writer sees the hold once, in the answer; nothing afterwards links them to it but their own decisions list.
    const anonymousGroup = await group(owner, 'open', [{ person: manager, role: 'manager' }, { person: alice }], { allowAnonymousPosts: true });
    const anonymous = await createPost(alice, { groupId: anonymousGroup.id, anonymous: true, body: 'Who called the strike ballot?' });
    expect(anonymous).toMatchObject({ author: null, anonymous: true, moderation: { state: 'held', action: 'held', reason: 'A moderator will check it before it appears.' } });
    await api(alice).get(`/posts/${anonymous.id}`).expect(404);
    const mine = (await api(alice).get('/moderation/decisions').expect(200)).body.items;
    expect(mine.find((item: { target: { id: string } }) => item.target.id === anonymous.id)).toMatchObject({ state: 'held', action: 'held' });
    const anonymousCase = (await api(manager).get(`/moderation/cases?groupId=${anonymousGroup.id}`).expect(200)).body.items[0];
    expect(anonymousCase.target).toMatchObject({ id: anonymous.id, author: null });
    expect(JSON.stringify(anonymousCase)).not.toContain(alice.id);
  });

  it('labels posts made in an election period, and holds them for the right moderators when asked to', async () => {
    const soon = new Date(Date.now() - 60_000).toISOString();
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((error) => error.field);
    expect(fields(await api(manager).post('/election-periods', { groupId: team.id, label: 'Purdah', startsAt: later, endsAt: soon, holdForReview: true }).expect(400))).toEqual(['endsAt']);
    expect(fields(await api(manager).post('/election-periods', { groupId: team.id, label: 'x'.repeat(121), startsAt: soon, endsAt: later, holdForReview: true }).expect(400))).toEqual(['label']);
    expect(fields(await api(manager).post('/election-periods', { groupId: team.id, label: 'P', startsAt: 'soon', endsAt: later }).expect(400)).sort()).toEqual(['holdForReview', 'startsAt']);
    await api(bob).post('/election-periods', { groupId: team.id, label: 'Purdah', startsAt: soon, endsAt: later, holdForReview: true }).expect(403);
    await api(manager).post('/election-periods', { label: 'Site purdah', startsAt: soon, endsAt: later, holdForReview: false }).expect(403);
    const secret = await group(owner, 'secret');
    await api(manager).post('/election-periods', { groupId: secret.id, label: 'Purdah', startsAt: soon, endsAt: later, holdForReview: true }).expect(404);
    await api(bob).get(`/election-periods/current?groupId=${secret.id}`).expect(404);

    const period = (await api(manager).post('/election-periods', { groupId: team.id, label: 'County elections 2027', startsAt: soon, endsAt: later, holdForReview: true }).expect(201)).body;
    expect(period).toMatchObject({ group: { id: team.id }, label: 'County elections 2027', holdForReview: true, active: true });
    const site = (await api(admin).post('/election-periods', { label: 'General election', startsAt: soon, endsAt: later, holdForReview: false }).expect(201)).body;
    expect((await api(bob).get(`/election-periods/current?groupId=${team.id}`).expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([period.id, site.id]);

    const post = await createPost(alice, { groupId: team.id, body: 'Our new bin collection plan' });
    expect(post).toMatchObject({ electionLabel: 'County elections 2027', moderation: { state: 'held', action: 'held' } });
    await api(bob).get(`/posts/${post.id}`).expect(404);
    const queued = (await api(manager).get('/moderation/cases').expect(200)).body.items.find((item: { target: { id: string } }) => item.target.id === post.id);
    expect(queued).toMatchObject({ source: 'election_period', heldBecause: 'County elections 2027' });
    await api(manager).post(`/moderation/cases/${queued.id}/actions`, { action: 'approve' }).expect(200);
    expect((await api(bob).get(`/posts/${post.id}`).expect(200)).body).toMatchObject({ electionLabel: 'County elections 2027', moderation: null });

    // A profile post falls under the site-wide period: labelled, not held.
    const profilePost = await createPost(bob, { groupId: null, body: 'Weekend plans' });
    expect(profilePost).toMatchObject({ electionLabel: 'General election', moderation: null });

    const renamed = await api(manager).patch(`/election-periods/${period.id}`, { holdForReview: false, label: 'County elections' }).expect(200);
    expect(renamed.body).toMatchObject({ label: 'County elections', holdForReview: false });
    await api(manager).patch(`/election-periods/${period.id}`, { endsAt: soon, startsAt: later }).expect(400);
    await api(bob).patch(`/election-periods/${period.id}`, { label: 'Mine' }).expect(403);
    await api(manager).delete(`/election-periods/${site.id}`).expect(403);
    await api(manager).delete(`/election-periods/${period.id}`).expect(204);
    // Posts keep the label they were made under.
    expect((await api(bob).get(`/posts/${post.id}`).expect(200)).body.electionLabel).toBe('County elections 2027');
    const audited = await sql.query(`SELECT action FROM audit_events WHERE action LIKE 'election_period.%' ORDER BY at, id`);
    expect(audited.map((row: { action: string }) => row.action)).toEqual(['election_period.create', 'election_period.create', 'election_period.update', 'election_period.delete']);
  });

  it('keeps held posts out of socket rooms until they are approved', async () => {
    const roomGroup = await group(owner, 'open', [{ person: manager, role: 'manager' }, { person: alice }, { person: bob }]);
    const watcher = await connectClient(urlOf(app), bob.cookie, sockets);
    await expect(watcher.join({ kind: 'group', id: roomGroup.id })).resolves.toEqual({ ok: true });
    const held = await createPost(alice, { groupId: roomGroup.id, body: 'Results of the strike ballot' });
    await expect(watcher.join({ kind: 'post', id: held.id })).resolves.toEqual({ ok: false, error: 'not-found' });
    // Messages on one connection arrive in order: anything sent when it was created came before that answer.
    expect(watcher.all('post:created').filter((change) => change.postId === held.id)).toEqual([]);
    const author = await connectClient(urlOf(app), alice.cookie, sockets);
    await expect(author.join({ kind: 'post', id: held.id })).resolves.toEqual({ ok: true });

    const { items } = (await api(manager).get(`/moderation/cases?groupId=${roomGroup.id}`).expect(200)).body;
    expect(items).toHaveLength(1);
    await api(manager).post(`/moderation/cases/${items[0].id}/actions`, { action: 'approve' }).expect(200);
    // The first thing the room hears about it is its publication.
    const announced = await watcher.next('post:created', (change) => change.postId === held.id);
    expect(announced).toMatchObject({ postId: held.id, groupId: roomGroup.id });
    expect(watcher.all('post:updated').filter((change) => change.postId === held.id)).toEqual([]);
    await expect(watcher.join({ kind: 'post', id: held.id })).resolves.toEqual({ ok: true });
  });
});
