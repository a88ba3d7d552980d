import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DiscussionEvents } from '../src/posts/discussion-events';
import { decodeFeedCursor } from '../src/posts/feed-cursor';
import { PostViewsService } from '../src/posts/post-views.service';
import { Person, postsFixtures } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('posts: discussion flows', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let owner: Person;
  let alice: Person;
  let bob: Person;
  let outsider: Person;
  let admin: Person;
  let team: { id: string; slug: string };
  const { api, person, group, createPost } = postsFixtures(() => app);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    owner = await person();
    alice = await person({ email: `alice.smith.${Date.now()}@northbridge.example` });
    bob = await person();
    outsider = await person();
    admin = await person({ role: 'admin' });
    team = await group(owner, 'closed', [{ person: alice }, { person: bob }], { allowAnonymousPosts: true });
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('creates a group post with rendered markdown, mentions and topics, and announces it with a feed cursor', async () => {
    const events: unknown[] = [];
    const off = app.get(DiscussionEvents).on('post:created', (change) => events.push(change));
    const aliceHandle = alice.email.split('@')[0];
    const post = await createPost(bob, {
      groupId: team.id,
      body: `**Hello** @${aliceHandle} and @[Owner](${owner.id}) about #Planning-2026 and @${team.slug}\n\n\`#notatopic @${aliceHandle}\``,
    });
    off();
    expect(post).toMatchObject({ type: 'discussion', group: { id: team.id }, author: { id: bob.id }, anonymous: false, deleted: false, replyCount: 0 });
    expect(post.body).toContain('**Hello**');
    expect(post.bodyHtml).toContain('<strong>Hello</strong>');
    expect(post.bodyHtml).toContain(`href="/people/${alice.id}"`);
    expect(post.bodyHtml).toContain(`href="/groups/${team.slug}"`);
    expect(post.bodyHtml).toContain('<code>#notatopic');
    expect(post.topics).toEqual(['planning-2026']);
    expect(post.mentions.map((m: { id: string }) => m.id).sort()).toEqual([alice.id, owner.id].sort());
    expect(post.can).toMatchObject({ edit: true, delete: true, reply: true, react: true, pin: false });
    expect(events).toHaveLength(1);
    const change = events[0] as { postId: string; groupId: string; cursor: string };
    expect(change).toMatchObject({ postId: post.id, groupId: team.id });
    expect(decodeFeedCursor(change.cursor)).toEqual({ createdAt: new Date(post.createdAt), id: post.id });
    const other = (await api(alice).get(`/posts/${post.id}`).expect(200)).body;
    expect(other.body).toBeNull();
    expect(other.can).toMatchObject({ edit: false, delete: false, reply: true });
  });

  it('posts on your own profile (groupId null) and refuses non-members and managers-only groups', async () => {
    const own = await createPost(alice, { body: 'Profile note' });
    expect(own.group).toBeNull();
    expect((await api(outsider).get(`/posts/${own.id}`).expect(200)).body.author.id).toBe(alice.id);
    await api(outsider).post('/posts', { type: 'discussion', groupId: team.id, body: 'closed: visible, not mine' }).expect(403);
    const secret = await group(owner, 'secret');
    await api(outsider).post('/posts', { type: 'discussion', groupId: secret.id, body: 'secret: not even there' }).expect(404);
    const open = await group(owner, 'open', [{ person: alice }]);
    await api(outsider).post('/posts', { type: 'discussion', groupId: open.id, body: 'not a member' }).expect(403);
    const announcements = await group(owner, 'open', [{ person: alice }], { postingPermission: 'managers' });
    await api(alice).post('/posts', { type: 'discussion', groupId: announcements.id, body: 'member post' }).expect(403);
    await createPost(owner, { groupId: announcements.id, body: 'managers may' });
  });

  it('rejects bad input with field errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'discussion', body: '   ' }, 'body'],
      [{ type: 'discussion', body: 'x'.repeat(20_001) }, 'body'],
      [{ type: 'essay', body: 'hi' }, 'type'],
      [{ type: 'poll', body: 'which?', poll: { options: ['only one'], multipleChoice: false } }, 'poll.options'],
      [{ type: 'discussion', body: 'hi', anonymous: true }, 'anonymous'],
    ];
    for (const [body, field] of cases) {
      const response = await api(alice).post('/posts', body).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    const post = await createPost(alice, { body: 'edit me' });
    expect((await api(alice).patch(`/posts/${post.id}`, { body: '' }).expect(400)).body.errors[0].field).toBe('body');
  });

  it('keeps every earlier body in the history after edits', async () => {
    const post = await createPost(alice, { groupId: team.id, body: 'first #one' });
    await api(bob).patch(`/posts/${post.id}`, { body: 'not yours' }).expect(403);
    await api(alice).patch(`/posts/${post.id}`, { body: 'second #two' }).expect(200);
    const edited = (await api(alice).patch(`/posts/${post.id}`, { body: 'third' }).expect(200)).body;
    expect(edited.editedAt).not.toBeNull();
    expect(edited.topics).toEqual([]);
    const history = (await api(bob).get(`/posts/${post.id}/history`).expect(200)).body.revisions;
    expect(history.map((revision: { body: string }) => revision.body)).toEqual(['second #two', 'first #one']);
  });

  it('soft deletes into a tombstone and refuses replies to it (409)', async () => {
    const post = await createPost(alice, { groupId: team.id, body: 'to be deleted' });
    await api(bob).delete(`/posts/${post.id}`).expect(403);
    await api(alice).delete(`/posts/${post.id}`).expect(204);
    const tombstone = (await api(bob).get(`/posts/${post.id}`).expect(200)).body;
    expect(tombstone).toMatchObject({ deleted: true, bodyHtml: '', author: null, attachments: [], body: null });
    await api(bob).post(`/posts/${post.id}/replies`, { body: 'too late' }).expect(409);
    await api(alice).delete(`/posts/${post.id}`).expect(409);
  });

  it('lets managers delete others\u2019 posts; a site admin on a profile post is audited', async () => {
    const post = await createPost(alice, { groupId: team.id, body: 'managed' });
    await api(owner).delete(`/posts/${post.id}`).expect(204);
    const profile = await createPost(bob, { body: 'profile post' });
    await api(admin).delete(`/posts/${profile.id}`).expect(204);
    const audit = await sql.query(`SELECT action FROM audit_events WHERE target_id = $1`, [profile.id]);
    expect(audit).toEqual([{ action: 'post.admin.delete' }]);
  });

  it('threads replies one level deep with quote-replies, keyset pages, edits and deletes', async () => {
    const post = await createPost(alice, { groupId: team.id, type: 'question', body: 'Who knows?' });
    const first = (await api(bob).post(`/posts/${post.id}/replies`, { body: 'I **do**' }).expect(201)).body;
    const second = (await api(owner).post(`/posts/${post.id}/replies`, { body: 'Me too', quoteReplyId: first.id }).expect(201)).body;
    expect(second.quote).toEqual({ replyId: first.id, authorName: expect.any(String), excerpt: 'I do' });
    const elsewhere = await createPost(alice, { groupId: team.id, body: 'another' });
    await api(bob).post(`/posts/${elsewhere.id}/replies`, { body: 'x', quoteReplyId: first.id }).expect(400);
    const page1 = (await api(alice).get(`/posts/${post.id}/replies?limit=1`).expect(200)).body;
    expect(page1.items.map((r: { id: string }) => r.id)).toEqual([first.id]);
    const page2 = (await api(alice).get(`/posts/${post.id}/replies?limit=1&after=${page1.nextCursor}`).expect(200)).body;
    expect(page2).toMatchObject({ items: [{ id: second.id }], nextCursor: null });
    await api(alice).get(`/posts/${post.id}/replies?after=not-a-cursor!`).expect(400);
    await api(bob).patch(`/replies/${first.id}`, { body: 'I do, edited' }).expect(200);
    expect((await api(alice).get(`/replies/${first.id}/history`).expect(200)).body.revisions).toEqual([{ body: 'I **do**', editedAt: expect.any(String) }]);
    await api(bob).put(`/posts/${post.id}/accepted-reply`, { replyId: first.id }).expect(403);
    const accepted = (await api(alice).put(`/posts/${post.id}/accepted-reply`, { replyId: first.id }).expect(200)).body;
    expect(accepted.acceptedReplyId).toBe(first.id);
    expect((await api(alice).get(`/posts/${post.id}`).expect(200)).body.replyCount).toBe(2);
    await api(owner).delete(`/replies/${second.id}`).expect(204);
    const listed = (await api(alice).get(`/posts/${post.id}/replies`).expect(200)).body.items;
    expect(listed[0].accepted).toBe(true);
    expect(listed[1]).toMatchObject({ deleted: true, author: null, bodyHtml: '' });
  });

  it('counts reactions idempotently, refuses unknown kinds, and records "seen by" once per person', async () => {
    const post = await createPost(alice, { groupId: team.id, body: 'react to me' });
    await api(bob).put(`/posts/${post.id}/reactions/like`).expect(200);
    const twice = (await api(bob).put(`/posts/${post.id}/reactions/like`).expect(200)).body;
    expect(twice.reactions).toEqual([{ kind: 'like', count: 1, mine: true }]);
    await api(bob).put(`/posts/${post.id}/reactions/love`).expect(400);
    expect((await api(bob).delete(`/posts/${post.id}/reactions/like`).expect(200)).body.reactions).toEqual([]);
    const reply = (await api(bob).post(`/posts/${post.id}/replies`, { body: 'reply' }).expect(201)).body;
    expect((await api(alice).put(`/replies/${reply.id}/reactions/thanks`).expect(200)).body.reactions).toEqual([{ kind: 'thanks', count: 1, mine: true }]);
    await api(bob).put(`/posts/${post.id}/seen`).expect(204);
    await api(bob).put(`/posts/${post.id}/seen`).expect(204);
    await api(owner).put(`/posts/${post.id}/seen`).expect(204);
    expect((await api(alice).get(`/posts/${post.id}`).expect(200)).body.seenByCount).toBe(2);
  });

  it('pins announcements (managers only) and counts reads for managers', async () => {
    await api(alice).post('/posts', { type: 'announcement', groupId: team.id, body: 'not mine to announce' }).expect(403);
    const announcement = await createPost(owner, { type: 'announcement', groupId: team.id, body: 'Office closed Friday' });
    expect(announcement).toMatchObject({ pinned: true, announcement: { readByMe: false, readCount: 0 } });
    const read = (await api(alice).put(`/posts/${announcement.id}/read`).expect(200)).body;
    expect(read.announcement).toEqual({ readByMe: true, readCount: null });
    expect((await api(owner).get(`/posts/${announcement.id}`).expect(200)).body.announcement.readCount).toBe(1);
    const post = await createPost(alice, { groupId: team.id, body: 'pin me' });
    await api(alice).put(`/posts/${post.id}/pin`).expect(403);
    expect((await api(owner).put(`/posts/${post.id}/pin`).expect(200)).body.pinned).toBe(true);
    expect((await api(owner).delete(`/posts/${post.id}/pin`).expect(200)).body.pinned).toBe(false);
  });

  it('hides an anonymous author from everyone, the author included; only an admin reveals it, audited', async () => {
    const post = await createPost(alice, { groupId: team.id, body: 'Anonymous worry', anonymous: true });
    expect(post).toMatchObject({ author: null, anonymous: true, body: null, can: { edit: false, delete: false } });
    await api(owner).post(`/posts/${post.id}/reveal-author`, { reason: 'curious' }).expect(403);
    await api(admin).post(`/posts/${post.id}/reveal-author`, {}).expect(400);
    await sql.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, 'member')`, [team.id, admin.id]);
    const revealed = (await api(admin).post(`/posts/${post.id}/reveal-author`, { reason: 'Safeguarding concern' }).expect(200)).body;
    expect(revealed.author.id).toBe(alice.id);
    const audit = await sql.query(`SELECT details FROM audit_events WHERE action = 'post.reveal_author' AND target_id = $1`, [post.id]);
    expect(audit[0].details).toMatchObject({ reason: 'Safeguarding concern' });
    const hidden = await sql.query(`SELECT author_id FROM posts WHERE id = $1`, [post.id]);
    expect(hidden).toEqual([{ author_id: null }]);
  });

  it('refuses writes in an archived group (409) but still reads', async () => {
    const archived = await group(owner, 'open', [{ person: alice }]);
    const post = await createPost(alice, { groupId: archived.id, body: 'before archiving' });
    await sql.query(`UPDATE groups SET archived_at = now() WHERE id = $1`, [archived.id]);
    await api(alice).post('/posts', { type: 'discussion', groupId: archived.id, body: 'after' }).expect(409);
    await api(alice).patch(`/posts/${post.id}`, { body: 'edit' }).expect(409);
    await api(alice).post(`/posts/${post.id}/replies`, { body: 'reply' }).expect(409);
    expect((await api(alice).get(`/posts/${post.id}`).expect(200)).body.can).toMatchObject({ edit: false, reply: false, react: false });
  });

  it('PostViewsService.viewsFor keeps the order asked for and skips hidden ids', async () => {
    const visible = await createPost(alice, { body: 'one' });
    const secret = await group(owner, 'secret', [{ person: alice }]);
    const hidden = await createPost(alice, { groupId: secret.id, body: 'secret' });
    const later = await createPost(alice, { body: 'two' });
    const views = await app.get(PostViewsService).viewsFor({ userId: outsider.id, role: 'member' }, [later.id, hidden.id, visible.id, 'nope']);
    expect(views.map((view) => view.id)).toEqual([later.id, visible.id]);
  });
});
