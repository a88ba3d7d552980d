import { INestApplication } from '@nestjs/common';
import type { ModerationCaseView, NotificationView } from '@moot/contracts';
import { DataSource } from 'typeorm';
import { SignedIn } from './factories';
import { eventually as until, ModerationCast, moderationFixtures } from './moderation-fixtures';
import { Person } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('moderation: reports, the queue and decisions', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  // Filled in by beforeAll.
  let { owner, manager, alice, bob, carol, admin, team } = {} as ModerationCast;
  let outsider: Person;
  let other: { id: string; slug: string };
  let otherManager: Person;
  const { api, person, group, createPost, cast } = moderationFixtures(() => app);

  const report = (as: SignedIn, body: Record<string, unknown>) => api(as).post('/reports', body);
  const act = (as: SignedIn, caseId: string, body: Record<string, unknown>) => api(as).post(`/moderation/cases/${caseId}/actions`, body);
  const queue = async (as: SignedIn, query = ''): Promise<ModerationCaseView[]> => (await api(as).get(`/moderation/cases${query}`).expect(200)).body.items;

  const eventually = (as: SignedIn, match: (item: NotificationView) => boolean): Promise<NotificationView> =>
    until(async () => ((await api(as).get('/notifications').expect(200)).body.items as NotificationView[]).find(match), 'a matching notification');

  const audits = async (caseId: string): Promise<{ action: string; actor: string; targetType: string; targetId: string; details: Record<string, unknown> }[]> =>
    sql.query(
      `SELECT action, actor_user_id AS actor, target_type AS "targetType", target_id AS "targetId", details FROM audit_events
       WHERE details->>'caseId' = $1 ORDER BY at, id`,
      [caseId],
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    ({ owner, manager, alice, bob, carol, admin, team } = await cast('closed', {
      manager: 'Mo Manager',
      alice: 'Alice Author',
      bob: 'Bob Reporter',
      carol: 'Carol Reporter',
    }));
    outsider = await person();
    otherManager = await person();
    other = await group(otherManager, 'open', [{ person: alice }]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('merges repeated reports, lets the manager hide then remove with a reason, and the author ask for a review that an admin grants', async () => {
    const post = await createPost(alice, { groupId: team.id, body: 'Something rude about the canteen' });
    const first = await report(bob, { targetType: 'post', targetId: post.id, reason: 'offensive', details: 'Not nice' }).expect(201);
    expect(first.body).toEqual({ caseId: expect.any(String), merged: false });
    const caseId: string = first.body.caseId;
    expect((await report(carol, { targetType: 'post', targetId: post.id, reason: 'harassment' }).expect(200)).body).toEqual({ caseId, merged: true });
    // The same person again: still one report of theirs in the one case.
    expect((await report(bob, { targetType: 'post', targetId: post.id, reason: 'spam' }).expect(200)).body).toEqual({ caseId, merged: true });

    const [queued] = (await queue(manager)).filter((item) => item.id === caseId);
    expect(queued).toMatchObject({
      status: 'open',
      source: 'report',
      reportCount: 2,
      target: { type: 'post', id: post.id, link: `/posts/${post.id}`, author: { id: alice.id }, group: { id: team.id }, state: 'published' },
    });
    expect(queued.target.excerptHtml).toContain('Something rude');
    expect(queued.reports.map((entry) => [entry.reporter.id, entry.reason])).toEqual([
      [bob.id, 'offensive'],
      [carol.id, 'harassment'],
    ]);
    expect(queued.allowedActions).toEqual(['hide', 'remove', 'warn', 'dismiss', 'escalate']);
    // Neither the author nor a reporter moderates it.
    await api(alice).get(`/moderation/cases/${caseId}`).expect(404);
    await api(bob).get(`/moderation/cases/${caseId}`).expect(404);
    expect(await queue(alice)).toEqual([]);

    const hidden = await act(manager, caseId, { action: 'hide', reason: 'Looking into it' }).expect(200);
    expect(hidden.body).toMatchObject({ status: 'open', target: { state: 'hidden' }, allowedActions: ['restore', 'remove', 'dismiss', 'escalate'] });
    await api(bob).get(`/posts/${post.id}`).expect(404);
    const own = await api(alice).get(`/posts/${post.id}`).expect(200);
    expect(own.body.moderation).toMatchObject({ caseId, state: 'hidden', action: 'hide', reason: 'Looking into it', canRequestReview: true, reviewRequestedAt: null });

    const removed = await act(manager, caseId, { action: 'remove', reason: 'Breaks house rule 3: be kind' }).expect(200);
    expect(removed.body).toMatchObject({ status: 'resolved', target: { state: 'removed' }, allowedActions: ['restore'] });
    const told = await eventually(alice, (item) => item.type === 'moderation');
    expect(told).toMatchObject({ text: 'A moderator removed your post: Breaks house rule 3: be kind', link: '/moderation/decisions', actors: [] });
    expect(JSON.stringify(told)).not.toContain(bob.id);

    const decisions = (await api(alice).get('/moderation/decisions').expect(200)).body;
    expect(decisions.items[0]).toMatchObject({
      caseId,
      state: 'removed',
      action: 'remove',
      reason: 'Breaks house rule 3: be kind',
      canRequestReview: true,
      target: { type: 'post', id: post.id, link: `/posts/${post.id}` },
    });
    expect(JSON.stringify(decisions)).not.toContain(bob.id);
    expect(JSON.stringify(decisions)).not.toContain(manager.id);

    await api(bob).post(`/moderation/cases/${caseId}/review`, { note: 'Let me in' }).expect(404);
    await api(alice).post(`/moderation/cases/${caseId}/review`, { note: '   ' }).expect(400);
    await api(alice).post(`/moderation/cases/${caseId}/review`, { note: 'It was a joke about the soup' }).expect(204);
    await api(alice).post(`/moderation/cases/${caseId}/review`, { note: 'Again' }).expect(409);
    expect((await api(alice).get(`/posts/${post.id}`).expect(200)).body.moderation).toMatchObject({ canRequestReview: false, reviewRequestedAt: expect.any(String) });

    const reopened = (await api(manager).get(`/moderation/cases/${caseId}`).expect(200)).body as ModerationCaseView;
    // A manager decided, so the review goes to site admins: the manager may read it but no longer act.
    expect(reopened).toMatchObject({ status: 'escalated', reviewRequest: { note: 'It was a joke about the soup' }, allowedActions: [] });
    expect(reopened.history.map((entry) => entry.action)).toEqual(['hide', 'remove', 'review_requested']);
    expect(reopened.history[0].actor?.id).toBe(manager.id);

    const restored = await act(admin, caseId, { action: 'restore' }).expect(200);
    expect(restored.body).toMatchObject({ status: 'resolved', target: { state: 'published' } });
    expect((await api(bob).get(`/posts/${post.id}`).expect(200)).body.moderation).toBeNull();
    expect((await api(alice).get(`/posts/${post.id}`).expect(200)).body.moderation).toBeNull();

    const trail = await audits(caseId);
    expect(trail.map((entry) => [entry.action, entry.actor])).toEqual([
      ['moderation.hide', manager.id],
      ['moderation.remove', manager.id],
      ['moderation.review_requested', alice.id],
      ['moderation.restore', admin.id],
    ]);
    expect(trail[1]).toMatchObject({ targetType: 'post', targetId: post.id, details: { reason: 'Breaks house rule 3: be kind', stateAfter: 'removed', actsAsAdmin: false } });
    // The admin is not a member of this closed group: the override is on the record.
    expect(trail[3].details).toMatchObject({ actsAsAdmin: true });
  });

  it('escalates a case to site admins: managers may still read it but not act; an admin warns and the author is told', async () => {
    const post = await createPost(alice, { groupId: team.id, body: 'Borderline remark about the budget' });
    const { caseId } = (await report(carol, { targetType: 'post', targetId: post.id, reason: 'misleading' }).expect(201)).body;
    await act(manager, caseId, { action: 'escalate' }).expect(400);
    const escalated = await act(manager, caseId, { action: 'escalate', reason: 'Needs HR input' }).expect(200);
    expect(escalated.body).toMatchObject({ status: 'escalated', allowedActions: [] });
    expect((await queue(manager, '?status=escalated')).map((item) => item.id)).toContain(caseId);
    expect((await queue(manager)).map((item) => item.id)).not.toContain(caseId);
    await act(manager, caseId, { action: 'dismiss' }).expect(403);

    const forAdmin = (await api(admin).get(`/moderation/cases/${caseId}`).expect(200)).body as ModerationCaseView;
    expect(forAdmin.allowedActions).toEqual(['hide', 'remove', 'warn', 'dismiss']);
    const counts = (await api(admin).get('/moderation/cases?status=escalated').expect(200)).body.counts;
    expect(counts.escalated).toBeGreaterThanOrEqual(1);
    await act(admin, caseId, { action: 'warn', reason: 'Please check figures before posting' }).expect(200);
    const told = await eventually(alice, (item) => item.type === 'moderation' && item.text.includes('warning'));
    expect(told.text).toBe('A moderator sent you a warning about your post: Please check figures before posting');
    // A warning keeps the post up for everyone, and tells its author why on the post itself.
    expect((await api(bob).get(`/posts/${post.id}`).expect(200)).body.moderation).toBeNull();
    expect((await api(alice).get(`/posts/${post.id}`).expect(200)).body.moderation).toMatchObject({ state: 'published', action: 'warn', canRequestReview: true });
    // Moderators see the notice too, but only the author is offered a review.
    expect((await api(manager).get(`/posts/${post.id}`).expect(200)).body.moderation).toMatchObject({ action: 'warn', canRequestReview: false });
  });

  it('answers 404 to reports on what the reporter cannot see, and to managers outside their groups', async () => {
    const secret = await group(owner, 'secret', [{ person: alice }]);
    const hiddenPost = await createPost(alice, { groupId: secret.id, body: 'Secret plans' });
    const notFound = await report(outsider, { targetType: 'post', targetId: hiddenPost.id, reason: 'spam' }).expect(404);
    await report(outsider, { targetType: 'post', targetId: '00000000-0000-4000-8000-000000000000', reason: 'spam' }).expect(404).expect((res) => {
      expect({ ...res.body, requestId: null }).toEqual({ ...notFound.body, requestId: null });
    });
    await report(outsider, { targetType: 'reply', targetId: '00000000-0000-4000-8000-000000000000', reason: 'spam' }).expect(404);

    const elsewhere = await createPost(alice, { groupId: other.id, body: 'In the other group' });
    const { caseId } = (await report(bob, { targetType: 'post', targetId: elsewhere.id, reason: 'spam' }).expect(201)).body;
    // The manager of `team` does not moderate `other`: the case does not exist for them.
    await api(manager).get(`/moderation/cases/${caseId}`).expect(404);
    await act(manager, caseId, { action: 'hide', reason: 'No' }).expect(404);
    expect((await queue(manager)).map((item) => item.id)).not.toContain(caseId);
    expect((await queue(otherManager)).map((item) => item.id)).toContain(caseId);
    await act(otherManager, caseId, { action: 'dismiss' }).expect(200);
    await act(otherManager, caseId, { action: 'dismiss' }).expect(409);
    await api(manager).get('/moderation/cases/not-a-uuid').expect(404);
  });

  it('sends profile posts and profiles to site admins only, and hides a moderated profile’s bio and avatar from others', async () => {
    await api(alice).patch(`/people/${alice.id}`, { bio: 'I love **spreadsheets**' }).expect(200);
    const profilePost = await createPost(alice, { groupId: null, body: 'On my own profile' });
    const postCase = (await report(bob, { targetType: 'post', targetId: profilePost.id, reason: 'spam' }).expect(201)).body.caseId;
    const profileCase = (await report(bob, { targetType: 'profile', targetId: alice.id, reason: 'offensive' }).expect(201)).body.caseId;
    expect((await queue(manager)).map((item) => item.id)).not.toEqual(expect.arrayContaining([postCase]));
    await api(manager).get(`/moderation/cases/${profileCase}`).expect(404);
    const adminQueue = await queue(admin);
    expect(adminQueue.map((item) => item.id)).toEqual(expect.arrayContaining([postCase, profileCase]));
    const profileItem = adminQueue.find((item) => item.id === profileCase)!;
    expect(profileItem).toMatchObject({ target: { type: 'profile', link: `/people/${alice.id}`, author: { id: alice.id } }, allowedActions: ['hide', 'remove', 'warn', 'dismiss'] });
    expect(profileItem.target.excerptHtml).toContain('<strong>spreadsheets</strong>');

    await act(admin, profileCase, { action: 'remove', reason: 'Inappropriate bio' }).expect(200);
    expect((await api(bob).get(`/people/${alice.id}`).expect(200)).body).toMatchObject({ bioHtml: '', avatarUrl: null });
    expect((await api(alice).get(`/people/${alice.id}`).expect(200)).body.bioHtml).toContain('spreadsheets');
    await act(admin, profileCase, { action: 'restore' }).expect(200);
    expect((await api(bob).get(`/people/${alice.id}`).expect(200)).body.bioHtml).toContain('spreadsheets');
  });

  it('rejects bad input with field errors', async () => {
    const post = await createPost(alice, { groupId: team.id, body: 'Fine post' });
    const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((error) => error.field);
    expect(fields(await report(bob, { targetType: 'post', targetId: post.id, reason: 'other' }).expect(400))).toEqual(['details']);
    expect(fields(await report(bob, { targetType: 'group', targetId: post.id, reason: 'spam' }).expect(400))).toEqual(['targetType']);
    expect(fields(await report(bob, { targetType: 'post', targetId: 'x', reason: 'because' }).expect(400)).sort()).toEqual(['reason', 'targetId']);
    expect(fields(await report(bob, { targetType: 'post', targetId: post.id, reason: 'spam', details: 'x'.repeat(1001) }).expect(400))).toEqual(['details']);
    const { caseId } = (await report(bob, { targetType: 'post', targetId: post.id, reason: 'other', details: 'Odd' }).expect(201)).body;
    expect(fields(await act(manager, caseId, { action: 'remove' }).expect(400))).toEqual(['reason']);
    expect(fields(await act(manager, caseId, { action: 'warn', reason: ' ' }).expect(400))).toEqual(['reason']);
    expect(fields(await act(manager, caseId, { action: 'delete', reason: 'x' }).expect(400))).toEqual(['action']);
    expect(fields(await act(manager, caseId, { action: 'remove', reason: 'x'.repeat(1001) }).expect(400))).toEqual(['reason']);
    const notAllowed = await act(manager, caseId, { action: 'approve' }).expect(409);
    expect(notAllowed.body.code).toBe('MODERATION_ACTION_NOT_ALLOWED');
    expect(fields(await api(manager).get('/moderation/cases?status=closed').expect(400))).toEqual(['status']);
  });
});
