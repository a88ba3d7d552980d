import { INestApplication } from '@nestjs/common';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PERSONAL_DATA_BATCH_SIZE } from '../src/data-rights/personal-data/personal-data.repository';
import { PERSONAL_DATA_DOWNLOADS_PER_HOUR } from '../src/data-rights/personal-data/personal-data.service';
import { Person, postsFixtures } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('personal data download (issue #8)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  const { api, person, group, createPost } = postsFixtures(() => app);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const download = (as: Person, format?: string) =>
    request(app.getHttpServer())
      .get(`/api/people/me/data${format ? `?format=${format}` : ''}`)
      .set('Cookie', as.cookie)
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(null, text));
      });

  it('holds their profile and everything they wrote, but not colleagues\u2019 content or anonymous authorship', async () => {
    const me = await person({ displayName: 'Ada Lovelace', jobTitle: 'Analyst', pronouns: 'she/her' });
    const colleague = await person({ displayName: 'Charles Babbage' });
    const team = await group(colleague, 'open', [{ person: me }], { allowAnonymousPosts: true });
    const mine = await createPost(me, { groupId: team.id, body: 'My own post about engines' });
    const myAnonymous = await createPost(me, { groupId: team.id, body: 'My anonymous worry', anonymous: true });
    const theirs = await createPost(colleague, { groupId: team.id, body: 'Colleague secret plans' });
    const theirAnonymous = await createPost(colleague, { groupId: team.id, body: 'Colleague anonymous confession', anonymous: true });
    await api(me).post(`/posts/${theirs.id}/replies`, { body: 'My reply to Charles' }).expect(201);
    await api(colleague).post(`/posts/${mine.id}/replies`, { body: 'Charles replying to Ada' }).expect(201);
    await api(me).put(`/posts/${theirAnonymous.id}/reactions/like`).expect((response) => expect(response.status).toBeLessThan(300));
    await api(me).put(`/people/${colleague.id}/follow`).expect((response) => expect(response.status).toBeLessThan(300));
    await api(me).post('/people/me/skills', { name: 'Mathematics' }).expect(201);

    const response = await download(me, 'json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="moot-ada-lovelace-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = JSON.parse(response.body as string);
    expect(data.profile).toMatchObject({ id: me.id, email: me.email, displayName: 'Ada Lovelace', jobTitle: 'Analyst', pronouns: 'she/her' });
    expect(data.posts.map((post: { id: string; anonymous: boolean }) => [post.id, post.anonymous]).sort()).toEqual(
      [
        [mine.id, false],
        [myAnonymous.id, true],
      ].sort(),
    );
    expect(data.replies.map((reply: { body: string }) => reply.body)).toEqual(['My reply to Charles']);
    expect(data.reactions).toEqual([expect.objectContaining({ on: 'post', targetId: theirAnonymous.id, kind: 'like' })]);
    expect(data.following).toEqual([expect.objectContaining({ person: 'Charles Babbage' })]);
    expect(data.skills).toEqual([expect.objectContaining({ skill: 'Mathematics' })]);
    expect(data.groups).toEqual([expect.objectContaining({ group: expect.any(String), role: 'member' })]);
    expect(data.sessions.length).toBeGreaterThan(0);
    const text = response.body as string;
    for (const leak of ['Colleague secret plans', 'Colleague anonymous confession', 'Charles replying to Ada', 'csrf', 'token_hash']) expect(text).not.toContain(leak);
    // Nothing names the author of the colleague's anonymous post.
    expect(JSON.stringify(data.reactions)).not.toContain(colleague.id);

    const [audit] = await sql.query(`SELECT actor_user_id, details FROM audit_events WHERE action = 'personal_data.download' AND actor_user_id = $1`, [me.id]);
    expect(audit).toMatchObject({ actor_user_id: me.id, details: { format: 'json' } });
  });

  it('reads long histories in batches without repeating or losing a row', async () => {
    const me = await person();
    const total = PERSONAL_DATA_BATCH_SIZE * 2 + 7;
    // Same timestamp for many rows: the keyset must still move on by id.
    await sql.query(
      `INSERT INTO posts (author_id, body, body_html, created_at) SELECT $1, 'Post ' || n, '<p>Post ' || n || '</p>', timestamp '2026-01-01' + (n / 3) * interval '1 microsecond' FROM generate_series(1, $2) AS n`,
      [me.id, total],
    );
    const data = JSON.parse((await download(me).expect(200)).body as string);
    expect(data.posts).toHaveLength(total);
    expect(new Set(data.posts.map((post: { id: string }) => post.id)).size).toBe(total);
  });

  it('is a readable HTML page with every value escaped', async () => {
    const me = await person({ displayName: 'Eve <script>alert(1)</script>' });
    const team = await group(me, 'open');
    await createPost(me, { groupId: team.id, body: 'Hello <img src=x onerror=alert(2)> **bold**' });
    const photo = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    await request(app.getHttpServer()).post('/api/attachments').set('Cookie', me.cookie).set('x-csrf-token', me.csrf).attach('file', photo, '"><b>x.png').field('altText', '<i>alt</i>').expect(201);

    const response = await download(me, 'html').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-disposition']).toMatch(/filename="moot-eve-script-alert-1-script-\d{4}-\d{2}-\d{2}\.html"/);
    const html = response.body as string;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<h1>Your Moot data: Eve &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('&lt;i&gt;alt&lt;/i&gt;');
    expect(html).not.toContain('<b>x');
    expect(html).toContain('<h2 id="posts">Your posts</h2>');
    expect(html).toMatch(/<\/html>\n$/);
  });

  it('refuses an unknown format and limits downloads per hour', async () => {
    const me = await person();
    const bad = await download(me, 'pdf').expect(400);
    expect(JSON.parse(bad.body as string).errors).toEqual([{ field: 'format', messages: ['must be json or html'] }]);
    for (let i = 0; i < PERSONAL_DATA_DOWNLOADS_PER_HOUR; i++) await download(me).expect(200);
    const limited = await download(me).expect(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    await request(app.getHttpServer()).get('/api/people/me/data').expect(401);
  });
});
