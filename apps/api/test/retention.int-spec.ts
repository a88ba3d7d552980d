import { INestApplication } from '@nestjs/common';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RetentionService } from '../src/data-rights/retention/retention.service';
import { FileStorage } from '../src/storage/file-storage';
import { Person, postsFixtures } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('retention policies (issue #8)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let admin: Person;
  let member: Person;
  const { api, person, group, createPost } = postsFixtures(() => app);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    admin = await person({ role: 'admin' });
    member = await person();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const age = (postId: string, days: number) => sql.query(`UPDATE posts SET created_at = now() - $2 * interval '1 day' WHERE id = $1`, [postId, days]);

  it('validates policies: days in range, one per group, an existing group; members may not manage them', async () => {
    const team = await group(admin, 'open');
    const errorsOf = async (body: object) => (await api(admin).post('/admin/retention', body).expect(400)).body.errors.map((error: { field: string }) => error.field);
    await expect(errorsOf({ groupId: team.id, maxAgeDays: 29 })).resolves.toEqual(['maxAgeDays']);
    await expect(errorsOf({ groupId: team.id, maxAgeDays: 36501 })).resolves.toEqual(['maxAgeDays']);
    await expect(errorsOf({ groupId: team.id, maxAgeDays: 90.5 })).resolves.toEqual(['maxAgeDays']);
    await expect(errorsOf({ groupId: '00000000-0000-4000-8000-000000000000', maxAgeDays: 90 })).resolves.toEqual(['groupId']);
    await expect(errorsOf({ groupId: 'nope', maxAgeDays: 90 })).resolves.toEqual(['groupId']);
    const created = await api(admin).post('/admin/retention', { groupId: team.id, maxAgeDays: 90 }).expect(201);
    expect(created.body).toMatchObject({ group: { id: team.id, slug: team.slug }, maxAgeDays: 90, lastRunAt: null, lastRunDeleted: null });
    await expect(errorsOf({ groupId: team.id, maxAgeDays: 120 })).resolves.toEqual(['groupId']);
    await api(admin).patch(`/admin/retention/${created.body.id}`, { maxAgeDays: 10 }).expect(400);
    await expect(api(admin).patch(`/admin/retention/${created.body.id}`, { maxAgeDays: 120 }).expect(200)).resolves.toMatchObject({ body: { maxAgeDays: 120 } });
    await api(member).get('/admin/retention').expect(403);
    await api(member).post('/admin/retention', { groupId: team.id, maxAgeDays: 90 }).expect(403);
    await api(admin).delete(`/admin/retention/${created.body.id}`).expect(204);
    await api(admin).delete(`/admin/retention/${created.body.id}`).expect(404);
    const actions = await sql.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`, [created.body.id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['retention.create', 'retention.update', 'retention.delete']);
  });

  it('deletes only old, unpinned posts in the chosen groups, with replies and files, as the preview said', async () => {
    const writer = await person();
    const chosen = await group(admin, 'open', [{ person: writer }]);
    const other = await group(admin, 'open', [{ person: writer }]);
    const photo = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer();
    const uploaded = await request(app.getHttpServer()).post('/api/attachments').set('Cookie', writer.cookie).set('x-csrf-token', writer.csrf).attach('file', photo, 'old.png').field('altText', 'Old photo').expect(201);
    const [{ storageKey }] = await sql.query(`SELECT storage_key AS "storageKey" FROM attachments WHERE id = $1`, [uploaded.body.id]);

    const old = await createPost(writer, { groupId: chosen.id, body: 'Old news', attachmentIds: [uploaded.body.id] });
    const oldReply = (await api(admin).post(`/posts/${old.id}/replies`, { body: 'An old reply' }).expect(201)).body;
    const older = await createPost(writer, { groupId: chosen.id, body: 'Older news' });
    const pinned = await createPost(admin, { groupId: chosen.id, body: 'Pinned forever' });
    const recent = await createPost(writer, { groupId: chosen.id, body: 'Recent news' });
    const elsewhere = await createPost(writer, { groupId: other.id, body: 'Old news elsewhere' });
    const profilePost = await createPost(writer, { groupId: null, body: 'Old profile post' });
    await Promise.all([age(old.id, 100), age(older.id, 200), age(pinned.id, 300), age(recent.id, 10), age(elsewhere.id, 300), age(profilePost.id, 300)]);
    await sql.query(`UPDATE posts SET pinned_at = now() WHERE id = $1`, [pinned.id]);

    const policy = (await api(admin).post('/admin/retention', { groupId: chosen.id, maxAgeDays: 90 }).expect(201)).body;
    const preview = await api(admin).get(`/admin/retention/${policy.id}/preview`).expect(200);
    expect(preview.body.postsToDelete).toBe(2);
    expect(new Date(preview.body.oldestPostAt).getTime()).toBeLessThan(Date.now() - 199 * 86_400_000);

    const run = await app.get(RetentionService).runAll();
    expect(run.postsDeleted).toBe(preview.body.postsToDelete);
    const left = await sql.query(`SELECT id FROM posts WHERE id = ANY($1::uuid[])`, [[old.id, older.id, pinned.id, recent.id, elsewhere.id, profilePost.id]]);
    expect(left.map((row: { id: string }) => row.id).sort()).toEqual([pinned.id, recent.id, elsewhere.id, profilePost.id].sort());
    await expect(sql.query(`SELECT id FROM replies WHERE id = $1`, [oldReply.id])).resolves.toEqual([]);
    await expect(sql.query(`SELECT id FROM attachments WHERE id = $1`, [uploaded.body.id])).resolves.toEqual([]);
    await expect(app.get(FileStorage).get(storageKey)).resolves.toBeNull();

    const after = (await api(admin).get('/admin/retention').expect(200)).body.items.find((item: { id: string }) => item.id === policy.id);
    expect(after).toMatchObject({ lastRunDeleted: 2, lastRunAt: expect.any(String) });
    await expect(api(admin).get(`/admin/retention/${policy.id}/preview`).expect(200)).resolves.toMatchObject({ body: { postsToDelete: 0, oldestPostAt: null } });
    const [audit] = await sql.query(`SELECT actor_label, details FROM audit_events WHERE action = 'retention.run' AND target_id = $1`, [policy.id]);
    expect(audit).toMatchObject({ actor_label: 'system', details: { postsDeleted: 2, repliesDeleted: 1, filesDeleted: 1 } });

    // A profile-posts policy covers posts outside groups only.
    const profiles = (await api(admin).post('/admin/retention', { maxAgeDays: 30 }).expect(201)).body;
    expect(profiles.group).toBeNull();
    await expect(api(admin).get(`/admin/retention/${profiles.id}/preview`).expect(200)).resolves.toMatchObject({ body: { postsToDelete: 1 } });
    await api(admin).post('/admin/retention', { groupId: null, maxAgeDays: 60 }).expect(400);
  });

  it('skips a policy another instance is running', async () => {
    const team = await group(admin, 'open');
    const post = await createPost(admin, { groupId: team.id, body: 'Old but busy' });
    await age(post.id, 400);
    const policy = (await api(admin).post('/admin/retention', { groupId: team.id, maxAgeDays: 30 }).expect(201)).body;
    await sql.query(`UPDATE retention_policies SET running_since = now() WHERE id = $1`, [policy.id]);
    await app.get(RetentionService).runAll();
    await expect(sql.query(`SELECT id FROM posts WHERE id = $1`, [post.id])).resolves.toHaveLength(1);
    await sql.query(`UPDATE retention_policies SET running_since = now() - interval '2 hours' WHERE id = $1`, [policy.id]);
    await app.get(RetentionService).runAll();
    await expect(sql.query(`SELECT id FROM posts WHERE id = $1`, [post.id])).resolves.toHaveLength(0);
  });
});
