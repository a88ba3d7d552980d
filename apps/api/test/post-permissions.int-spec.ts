import { INestApplication } from '@nestjs/common';
import { Person, postsFixtures } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

type Visibility = 'open' | 'closed' | 'secret';
type Role = 'member' | 'non-member' | 'manager' | 'admin';

describe('posts: who may read what (every read path answers 404 when hidden)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let author: Person;
  const people = {} as Record<Role, Person>;
  const posts = {} as Record<Visibility, { postId: string; replyId: string }>;
  const { api, person, group, createPost } = postsFixtures(() => app);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    author = await person();
    people.member = await person();
    people['non-member'] = await person();
    people.manager = await person();
    people.admin = await person({ role: 'admin' });
    for (const visibility of ['open', 'closed', 'secret'] as const) {
      const team = await group(author, visibility, [{ person: people.member }, { person: people.manager, role: 'manager' }]);
      const post = await createPost(author, { groupId: team.id, type: 'poll', body: `A ${visibility} poll`, poll: { options: ['Yes', 'No'], multipleChoice: false } });
      const reply = (await api(author).post(`/posts/${post.id}/replies`, { body: 'first reply' }).expect(201)).body;
      posts[visibility] = { postId: post.id, replyId: reply.id };
    }
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const readPaths = (ids: { postId: string; replyId: string }, optionId: string) => [
    ['GET post', (as: Person) => api(as).get(`/posts/${ids.postId}`)],
    ['GET replies', (as: Person) => api(as).get(`/posts/${ids.postId}/replies`)],
    ['GET history', (as: Person) => api(as).get(`/posts/${ids.postId}/history`)],
    ['GET reply', (as: Person) => api(as).get(`/replies/${ids.replyId}`)],
    ['PUT seen', (as: Person) => api(as).put(`/posts/${ids.postId}/seen`)],
    ['PUT reaction on post', (as: Person) => api(as).put(`/posts/${ids.postId}/reactions/like`)],
    ['PUT reaction on reply', (as: Person) => api(as).put(`/replies/${ids.replyId}/reactions/like`)],
    ['POST reply', (as: Person) => api(as).post(`/posts/${ids.postId}/replies`, { body: 'hello' })],
    ['POST vote', (as: Person) => api(as).post(`/posts/${ids.postId}/votes`, { optionIds: [optionId] })],
  ] as const;

  const expectations: [Visibility, Role, boolean][] = [
    ['open', 'member', true],
    ['open', 'non-member', true],
    ['open', 'manager', true],
    ['open', 'admin', true],
    ['closed', 'member', true],
    ['closed', 'non-member', false],
    ['closed', 'manager', true],
    ['closed', 'admin', false],
    ['secret', 'member', true],
    ['secret', 'non-member', false],
    ['secret', 'manager', true],
    ['secret', 'admin', false],
  ];

  it.each(expectations)('%s group, %s: sees the post %s', async (visibility, role, sees) => {
    const ids = posts[visibility];
    const optionId = (await api(author).get(`/posts/${ids.postId}`).expect(200)).body.poll.options[0].id;
    for (const [name, call] of readPaths(ids, optionId)) {
      const response = await call(people[role]);
      if (sees) {
        expect({ name, status: response.status }).not.toEqual({ name, status: 404 });
      } else {
        expect({ name, status: response.status, code: response.body.code }).toEqual({
          name,
          status: 404,
          code: name.includes('reply') && !name.startsWith('POST') ? expect.stringMatching(/NOT_FOUND$/) : 'POST_NOT_FOUND',
        });
      }
    }
  });

  it('answers a hidden post exactly like a missing one', async () => {
    const hidden = await api(people['non-member']).get(`/posts/${posts.secret.postId}`).expect(404);
    const missing = await api(people['non-member']).get('/posts/00000000-0000-4000-8000-000000000000').expect(404);
    expect({ ...hidden.body, requestId: null }).toEqual({ ...missing.body, requestId: null });
    await api(people['non-member']).get('/posts/not-a-uuid').expect(404);
  });

  it('lets an open group\u2019s non-members read and react but not reply or vote (members only)', async () => {
    const ids = posts.open;
    const view = (await api(people['non-member']).get(`/posts/${ids.postId}`).expect(200)).body;
    expect(view.can).toMatchObject({ reply: false, vote: false, react: true, edit: false, delete: false, pin: false });
    await api(people['non-member']).post(`/posts/${ids.postId}/replies`, { body: 'hi' }).expect(403);
  });
});
