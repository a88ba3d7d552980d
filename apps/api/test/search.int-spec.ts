import { INestApplication } from '@nestjs/common';
import type { SearchHit, SearchPage, SearchSuggestions } from '@moot/contracts';
import { DataSource } from 'typeorm';
import { SearchRepository } from '../src/search/search.repository';
import { Person, postsFixtures } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('search', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  const { api, person, group, createPost } = postsFixtures(() => app);
  let owner: Person;
  let member: Person;
  let outsider: Person;

  const search = async (as: Person, query: Record<string, string | number>): Promise<SearchPage> =>
    (await api(as).get('/search').query(query).expect(200)).body;
  const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    owner = await person({ displayName: 'Olwen Owner' });
    member = await person();
    outsider = await person();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('never shows a secret or closed group\'s post to a non-member, but does to a member', async () => {
    const secret = await group(owner, 'secret', [{ person: member }]);
    const closed = await group(owner, 'closed', [{ person: member }]);
    const open = await group(owner, 'open');
    const hidden = await createPost(owner, { groupId: secret.id, body: 'Zanzibar restructuring plans' });
    const closedPost = await createPost(owner, { groupId: closed.id, body: 'Zanzibar budget draft' });
    const visible = await createPost(owner, { groupId: open.id, body: 'Zanzibar open notes' });

    const forOutsider = await search(outsider, { q: 'zanzibar' });
    expect(ids(forOutsider.items)).toEqual([visible.id]);
    const forMember = await search(member, { q: 'zanzibar', kind: 'post' });
    expect(ids(forMember.items).sort()).toEqual([hidden.id, closedPost.id, visible.id].sort());
    expect(forMember.items.find((hit) => hit.id === hidden.id)).toMatchObject({ group: { id: secret.id }, link: `/posts/${hidden.id}` });
    // Nor by group filter, reply or suggestion.
    await createPost(owner, { groupId: secret.id, body: 'Quokka secret' });
    expect((await search(outsider, { q: 'quokka', groupId: secret.id })).items).toEqual([]);
    const suggestions: SearchSuggestions = (await api(outsider).get('/search/suggest').query({ q: 'quokka' }).expect(200)).body;
    expect(suggestions.items).toEqual([]);
  });

  it('finds a secret group itself for members only', async () => {
    const secret = await group(owner, 'secret', [{ person: member }]);
    await sql.query(`UPDATE groups SET name = 'Walrus taskforce' WHERE id = $1`, [secret.id]);
    expect((await search(outsider, { q: 'walrus' })).items).toEqual([]);
    expect((await search(member, { q: 'walrus' })).items).toMatchObject([{ kind: 'group', id: secret.id, groupSummary: { id: secret.id, myRole: 'member' } }]);
  });

  it('ranks an exact title match first', async () => {
    const open = await group(owner, 'open');
    await createPost(owner, { groupId: open.id, body: 'Waste collection changes\nWaste collection waste collection: waste collection rounds, waste collection days.' });
    const exact = await createPost(owner, { groupId: open.id, body: '# Waste collection\nThe new timetable.' });
    const page = await search(member, { q: 'Waste collection' });
    expect(page.items[0]).toMatchObject({ id: exact.id, kind: 'post', title: 'Waste collection' });

    await sql.query(`UPDATE groups SET name = 'Housing', description = 'housing housing housing' WHERE id = $1`, [open.id]);
    const named = await person({ displayName: 'Housing' });
    const people = await search(member, { q: 'housing', kind: 'person' });
    expect(people.items[0]).toMatchObject({ id: named.id, person: { id: named.id } });
    expect((await search(member, { q: 'housing', kind: 'group' })).items[0]).toMatchObject({ id: open.id, link: `/groups/${open.slug}` });
  });

  it('matches the last word as a prefix while typing', async () => {
    const open = await group(owner, 'open');
    const post = await createPost(owner, { groupId: open.id, body: 'Our consultation on parking permits' });
    expect(ids((await search(member, { q: 'parking consul' })).items)).toContain(post.id);
    expect(ids((await search(member, { q: 'consul' })).items)).toContain(post.id);
    const suggestions: SearchSuggestions = (await api(member).get('/search/suggest').query({ q: 'consul' }).expect(200)).body;
    expect(ids(suggestions.items)).toContain(post.id);
  });

  it.each([
    [`'; DROP TABLE posts; --`],
    ['"unbalanced'],
    ['a & | ! b'],
    ['🦆 duck 🦆'],
    ['x'.repeat(10_000)],
    ['((( :* <-> !!'],
    ['\u0000\u0007 bell'],
  ])('answers a hostile query %# quickly and without error', async (q) => {
    const started = Date.now();
    const page = await search(outsider, { q });
    expect(page).toEqual({ items: expect.any(Array), nextCursor: page.nextCursor });
    await api(outsider).get('/search/suggest').query({ q }).expect(200);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await sql.query(`SELECT count(*) FROM posts`)).toHaveLength(1);
  });

  it('gives an empty page for an empty query', async () => {
    expect(await search(member, { q: '   ' })).toEqual({ items: [], nextCursor: null });
  });

  it('marks the match in the snippet and escapes HTML', async () => {
    const open = await group(owner, 'open');
    await createPost(owner, { groupId: open.id, body: 'Beware <script>alert(1)</script> in the pelican form' });
    const [hit] = (await search(member, { q: 'pelican' })).items;
    expect(hit.snippetHtml).toContain('<mark>pelican</mark>');
    expect(hit.snippetHtml).toContain('&lt;script&gt;');
    expect(hit.snippetHtml).not.toContain('<script>');
  });

  it('returns each hit once across keyset pages, and refuses a tampered cursor', async () => {
    const open = await group(owner, 'open');
    const created = [];
    for (let i = 0; i < 7; i++) created.push((await createPost(owner, { groupId: open.id, body: `Heron sighting number ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchPage = await search(member, { q: 'heron', limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...ids(page.items));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(created.sort());
    await api(member).get('/search').query({ q: 'heron', cursor: 'bm90IGEgY3Vyc29y' }).expect(400);
    await api(member).get('/search').query({ q: 'heron', kind: 'everything' }).expect(400);
  });

  it('never finds an anonymous post by its author, and shows no author on it', async () => {
    const open = await group(owner, 'open', [{ person: member }], { allowAnonymousPosts: true });
    const anonymous = await createPost(member, { groupId: open.id, body: 'Ibis worries', anonymous: true });
    const named = await createPost(member, { groupId: open.id, body: 'Ibis ideas' });
    expect(ids((await search(outsider, { q: 'ibis', authorId: member.id })).items)).toEqual([named.id]);
    const all = await search(outsider, { q: 'ibis' });
    expect(all.items.find((hit) => hit.id === anonymous.id)).toMatchObject({ author: null });
    expect(all.items.find((hit) => hit.id === named.id)).toMatchObject({ author: { id: member.id } });
  });

  it('does not find deactivated people', async () => {
    const leaver = await person({ displayName: 'Percival Pangolin' });
    expect(ids((await search(member, { q: 'pangolin' })).items)).toEqual([leaver.id]);
    await sql.query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [leaver.id]);
    expect((await search(member, { q: 'pangolin' })).items).toEqual([]);
    expect((await api(member).get('/search/suggest').query({ q: 'pangolin' }).expect(200)).body.items).toEqual([]);
  });

  it('finds replies and topics of visible posts', async () => {
    const open = await group(owner, 'open', [{ person: member }]);
    const post = await createPost(owner, { groupId: open.id, body: 'Newt survey #newt-watch' });
    const reply = (await api(member).post(`/posts/${post.id}/replies`, { body: 'Counted twelve salamanders' }).expect(201)).body;
    expect((await search(outsider, { q: 'salamanders' })).items).toMatchObject([{ kind: 'reply', id: reply.id, link: `/posts/${post.id}#reply-${reply.id}` }]);
    expect((await search(outsider, { q: 'newt-watch', kind: 'topic' })).items).toMatchObject([{ kind: 'topic', id: 'newt-watch' }]);
  });

  it('finds files by name as their post allows, and never by an anonymous uploader', async () => {
    const secret = await group(owner, 'secret', [{ person: member }]);
    const open = await group(owner, 'open', [{ person: member }], { allowAnonymousPosts: true });
    const hiddenPost = await createPost(owner, { groupId: secret.id, body: 'Minutes attached' });
    const anonymousPost = await createPost(member, { groupId: open.id, body: 'A worry, anonymously', anonymous: true });
    const attach = async (uploader: Person, postId: string, fileName: string): Promise<string> => {
      const [row] = await sql.query(
        `INSERT INTO attachments (uploader_id, post_id, kind, file_name, content_type, size, storage_key) VALUES ($1, $2, 'document', $3, 'application/pdf', 1, $4) RETURNING id`,
        [uploader.id, postId, fileName, `k/${Math.random()}`],
      );
      return row.id;
    };
    const hiddenFile = await attach(owner, hiddenPost.id, 'budget-flamingo-2026.pdf');
    const anonymousFile = await attach(member, anonymousPost.id, 'flamingo-complaint.pdf');
    expect(ids((await search(outsider, { q: 'flamingo' })).items)).toEqual([anonymousFile]);
    expect((await search(outsider, { q: 'flamingo' })).items[0]).toMatchObject({ kind: 'attachment', author: null, link: `/posts/${anonymousPost.id}` });
    expect(ids((await search(member, { q: 'flamingo', kind: 'attachment' })).items).sort()).toEqual([hiddenFile, anonymousFile].sort());
    expect((await search(member, { q: 'flamingo', authorId: member.id })).items).toEqual([]);
  });

  it('filters by kind, department and date range', async () => {
    const [department] = await sql.query(`INSERT INTO departments (slug, name) VALUES ('planning', 'Planning') RETURNING id`);
    const planner = await person({ displayName: 'Gannet Planner', departmentId: department.id });
    const other = await person({ displayName: 'Gannet Other' });
    const open = await group(owner, 'open', [{ person: planner }, { person: other }]);
    const planned = await createPost(planner, { groupId: open.id, body: 'Gannet colony report' });
    const elsewhere = await createPost(other, { groupId: open.id, body: 'Gannet colony count' });
    await sql.query(`UPDATE posts SET created_at = '2025-01-15T10:00:00Z' WHERE id = $1`, [elsewhere.id]);

    expect(ids((await search(member, { q: 'gannet', department: 'planning' })).items).sort()).toEqual([planner.id, planned.id].sort());
    expect(ids((await search(member, { q: 'gannet', kind: 'person' })).items).sort()).toEqual([planner.id, other.id].sort());
    expect(ids((await search(member, { q: 'gannet', from: '2025-01-01', to: '2025-02-01' })).items)).toEqual([elsewhere.id]);
    expect(ids((await search(member, { q: 'gannet', kind: 'post', groupId: open.id })).items)).toHaveLength(2);
    await api(member).get('/search').query({ q: 'gannet', from: 'yesterday' }).expect(400);
    await api(member).get('/search').query({ q: 'gannet', from: '2025-02-01', to: '2025-01-01' }).expect(400);
  });

  it('suggests people, groups and topics while typing, at most eight', async () => {
    const open = await group(owner, 'open');
    await sql.query(`UPDATE groups SET name = 'Puffin patrol' WHERE id = $1`, [open.id]);
    const puffin = await person({ displayName: 'Puffin Jones' });
    for (let i = 0; i < 9; i++) await createPost(owner, { groupId: open.id, body: `Puffin note ${i} #puffins` });
    const { items }: SearchSuggestions = (await api(member).get('/search/suggest').query({ q: 'puff' }).expect(200)).body;
    expect(items).toHaveLength(8);
    expect(items.slice(0, 3)).toMatchObject([
      { kind: 'person', id: puffin.id },
      { kind: 'group', id: open.id, groupSummary: { id: open.id } },
      { kind: 'topic', id: 'puffins', link: '/topics/puffins' },
    ]);
  });

  it('finds posts through the full-text index (EXPLAIN)', async () => {
    const plan = await app.get(SearchRepository).explain({
      viewerId: member.id,
      text: { text: 'consultation', prefix: 'consultation' },
      filters: { kinds: ['post'], groupId: null, authorId: null, department: null, from: null, to: null },
      asOf: new Date(),
      after: null,
      take: 21,
    });
    expect(plan.join('\n')).toMatch(/Bitmap Index Scan on "IDX_posts_search"/);
  });
});
