import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Person, postsFixtures } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

/** Hostile markdown that must come out inert in bodyHtml, for posts and replies alike. */
const CORPUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '![x](javascript:alert(1))',
  '<iframe src="https://evil.example"></iframe>',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '@[<img src=x onerror=alert(1)>](00000000-0000-4000-8000-000000000000)',
  '#topic"><script>alert(1)</script>',
];

/** Live markup: a tag outside the allow-list, an attribute on a tag that could run code, a non-http(s) link. */
const DANGEROUS = [
  /<(?!\/?(?:p|br|strong|em|ul|ol|li|a|code|pre|blockquote|h[3-6])\b)[a-z]/i,
  /<[^>]*\s(?:on\w+|style|src)\s*=/i,
  /<a [^>]*href="(?!https?:|mailto:|\/)/i,
];

const expectInert = (html: string): void => {
  for (const pattern of DANGEROUS) expect(html).not.toMatch(pattern);
};

describe('posts: markdown renders inert (XSS corpus)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let alice: Person;
  const { api, person, createPost } = postsFixtures(() => app);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    alice = await person();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it.each(CORPUS)('renders %j without live markup', async (payload) => {
    const post = await createPost(alice, { body: `Before ${payload} after` });
    expect(post.bodyHtml).toContain('Before');
    expectInert(post.bodyHtml);
    const reply = (await api(alice).post(`/posts/${post.id}/replies`, { body: payload }).expect(201)).body;
    expectInert(reply.bodyHtml);
    const edited = (await api(alice).patch(`/posts/${post.id}`, { body: payload }).expect(200)).body;
    expectInert(edited.bodyHtml);
    const preview = (await api(alice).post('/posts/preview', { body: payload }).expect(200)).body;
    expectInert(preview.html);
  });

  it('previews markdown exactly as the post will render, without saving anything', async () => {
    const [{ count: before }] = await app.get(DataSource).query('SELECT count(*)::int AS count FROM posts');
    const preview = (await api(alice).post('/posts/preview', { body: '**Budget** consultation #budget-2027' }).expect(200)).body;
    expect(preview.html).toContain('<strong>Budget</strong>');
    expect(preview.html).toContain('/topics/budget-2027');
    const [{ count: after }] = await app.get(DataSource).query('SELECT count(*)::int AS count FROM posts');
    expect(after).toBe(before);
    await api(alice).post('/posts/preview', { body: '   ' }).expect(400);
  });
});
