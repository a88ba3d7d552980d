import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Person, postsFixtures } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('posts: polls', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let owner: Person;
  let alice: Person;
  let bob: Person;
  let team: { id: string };
  const { api, person, group, createPost } = postsFixtures(() => app);
  const poll = (options: string[], multipleChoice = false, closesAt: string | null = null) => ({ groupId: team.id, type: 'poll', body: 'Which day?', poll: { options, multipleChoice, closesAt } });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    owner = await person();
    alice = await person();
    bob = await person();
    team = await group(owner, 'closed', [{ person: alice }, { person: bob }]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('validates options (2–10, ≤ 120 characters, not blank) and a future closing time', async () => {
    const bad = [
      poll(['one']),
      poll(Array.from({ length: 11 }, (_, i) => `Option ${i}`)),
      poll(['fine', 'x'.repeat(121)]),
      poll(['fine', '  ']),
      poll(['a', 'b'], false, new Date(Date.now() - 60_000).toISOString()),
      { groupId: team.id, type: 'discussion', body: 'not a poll', poll: { options: ['a', 'b'], multipleChoice: false } },
      { groupId: team.id, type: 'poll', body: 'no options' },
    ];
    for (const body of bad) {
      const response = await api(alice).post('/posts', body).expect(400);
      expect(response.body.errors[0].field).toMatch(/^poll/);
    }
  });

  it('hides results until you vote, replaces your vote, and counts voters', async () => {
    const post = await createPost(alice, poll(['Monday', 'Tuesday', 'Wednesday']));
    expect(post.poll).toMatchObject({ multipleChoice: false, closed: false, resultsVisible: false, totalVoters: null, myVotes: [] });
    expect(post.poll.options.map((o: { votes: number | null }) => o.votes)).toEqual([null, null, null]);
    const [monday, tuesday, wednesday] = post.poll.options.map((o: { id: string }) => o.id);
    await api(bob).post(`/posts/${post.id}/votes`, { optionIds: [monday, tuesday] }).expect(400);
    const voted = (await api(bob).post(`/posts/${post.id}/votes`, { optionIds: [monday] }).expect(200)).body;
    expect(voted.poll).toMatchObject({ resultsVisible: true, totalVoters: 1, myVotes: [monday] });
    const changed = (await api(bob).post(`/posts/${post.id}/votes`, { optionIds: [wednesday] }).expect(200)).body;
    expect(changed.poll.options.map((o: { votes: number }) => o.votes)).toEqual([0, 0, 1]);
    expect((await api(alice).get(`/posts/${post.id}`).expect(200)).body.poll.resultsVisible).toBe(false);
  });

  it('takes several choices on a multiple-choice poll and refuses options of another poll (400)', async () => {
    const first = await createPost(alice, poll(['A', 'B', 'C'], true));
    const other = await createPost(alice, poll(['X', 'Y']));
    const [a, b] = first.poll.options.map((o: { id: string }) => o.id);
    const voted = (await api(bob).post(`/posts/${first.id}/votes`, { optionIds: [a, b] }).expect(200)).body;
    expect(voted.poll).toMatchObject({ totalVoters: 1, myVotes: [a, b] });
    const response = await api(bob).post(`/posts/${first.id}/votes`, { optionIds: [other.poll.options[0].id] }).expect(400);
    expect(response.body.errors[0].field).toBe('optionIds');
  });

  it('refuses votes once closed (409) and then shows results to everyone', async () => {
    const post = await createPost(alice, poll(['Yes', 'No'], false, new Date(Date.now() + 60_000).toISOString()));
    await api(bob).post(`/posts/${post.id}/votes`, { optionIds: [post.poll.options[0].id] }).expect(200);
    await app.get(DataSource).query(`UPDATE posts SET poll_closes_at = now() - interval '1 minute' WHERE id = $1`, [post.id]);
    await api(alice).post(`/posts/${post.id}/votes`, { optionIds: [post.poll.options[1].id] }).expect(409);
    const closed = (await api(alice).get(`/posts/${post.id}`).expect(200)).body;
    expect(closed.poll).toMatchObject({ closed: true, resultsVisible: true, totalVoters: 1 });
    expect(closed.can.vote).toBe(false);
  });
});
