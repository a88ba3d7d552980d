import { INestApplication } from '@nestjs/common';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ProvisioningService } from '../src/auth/provisioning.service';
import { IdentityProviderEntity } from '../src/identity-providers/identity-provider.entity';
import { FileStorage } from '../src/storage/file-storage';
import { Person, postsFixtures } from './posts-fixtures';
import { issueScimToken, patchOp, scimCall } from './scim/scim-client';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('erasure (issue #8)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let photo: Buffer;
  const { api, person, group, createPost } = postsFixtures(() => app);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#08c' } }).png().toBuffer();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const upload = async (as: Person): Promise<{ id: string; storageKey: string }> => {
    const response = await request(app.getHttpServer())
      .post('/api/attachments')
      .set('Cookie', as.cookie)
      .set('x-csrf-token', as.csrf)
      .attach('file', photo, 'photo.png')
      .field('altText', 'A blue square')
      .expect(201);
    const [row] = await sql.query(`SELECT storage_key AS "storageKey" FROM attachments WHERE id = $1`, [response.body.id]);
    return { id: response.body.id, storageKey: row.storageKey };
  };
  const fileExists = async (key: string) => (await app.get(FileStorage).get(key)) !== null;

  /** A person with a full profile, content, a linked SSO identity and relationships with a colleague. */
  async function subjectWithHistory() {
    const admin = await person({ role: 'admin' });
    const subject = await person({ jobTitle: 'Planning officer', pronouns: 'she/her', phone: '01234 567890', location: 'Town Hall', bio: 'I plan things', externalId: `ext-${Math.random()}` });
    const colleague = await person();
    const team = await group(colleague, 'open', [{ person: subject }], { allowAnonymousPosts: true });
    const file = await upload(subject);
    const post = await createPost(subject, { groupId: team.id, body: 'My post with a photo', attachmentIds: [file.id] });
    const anonymous = await createPost(subject, { groupId: team.id, body: 'My anonymous post', anonymous: true });
    const colleaguePost = await createPost(colleague, { groupId: team.id, body: 'Colleague post mentioning things' });
    const myReply = (await api(subject).post(`/posts/${colleaguePost.id}/replies`, { body: 'My reply to a colleague' }).expect(201)).body;
    const theirReply = (await api(colleague).post(`/posts/${post.id}/replies`, { body: 'Colleague reply on my post' }).expect(201)).body;
    await api(subject).put(`/posts/${colleaguePost.id}/reactions/like`).expect((response) => expect(response.status).toBeLessThan(300));
    await api(subject).put(`/people/${colleague.id}/follow`).expect((response) => expect(response.status).toBeLessThan(300));
    await api(colleague).put(`/people/${subject.id}/follow`).expect((response) => expect(response.status).toBeLessThan(300));
    await api(subject).post('/people/me/skills', { name: 'Planning law' }).expect(201);
    const [idp] = await sql.query(
      `INSERT INTO identity_providers (slug, display_name, entity_id, sso_url, jit_provisioning) VALUES ($1, 'Council SSO', $2, 'https://idp.example/sso', false) RETURNING id`,
      [`idp-${Math.random().toString(36).slice(2, 8)}`, `https://idp.example/${Math.random()}`],
    );
    await sql.query(`INSERT INTO user_identities (user_id, identity_provider_id, name_id) VALUES ($1, $2, 'subject-name-id')`, [subject.id, idp.id]);
    return { admin, subject, colleague, team, file, post, anonymous, colleaguePost, myReply, theirReply, idpId: idp.id as string };
  }

  const erase = (as: Person, subject: Person, body: Record<string, unknown>) => api(as).post(`/admin/people/${subject.id}/erasure`, body);

  it('keeps content as a former colleague and scrubs everything personal', async () => {
    const world = await subjectWithHistory();
    const { admin, subject, colleague } = world;

    const preview = await api(admin).get(`/admin/people/${subject.id}/erasure`).expect(200);
    expect(preview.body).toMatchObject({ person: { id: subject.id, email: subject.email }, erasedAt: null, posts: 2, replies: 1, files: 1, groups: 1 });

    const result = await erase(admin, subject, { content: 'keep_as_former_colleague', reason: 'Erasure request ER-42', confirmEmail: subject.email.toUpperCase() }).expect(200);
    expect(result.body).toMatchObject({ personId: subject.id, content: 'keep_as_former_colleague', postsRemoved: 0, repliesRemoved: 0, filesRemoved: 0 });

    const [row] = await sql.query(`SELECT * FROM users WHERE id = $1`, [subject.id]);
    expect(row).toMatchObject({
      display_name: 'Former colleague',
      email: `erased-${subject.id}@erased.invalid`,
      status: 'deactivated',
      job_title: null,
      pronouns: null,
      phone: null,
      location: null,
      bio: '',
      bio_html: '',
      external_id: null,
      avatar_key: null,
    });
    expect(row.erased_at).toBeInstanceOf(Date);
    for (const [table, column] of [
      ['user_identities', 'user_id'],
      ['sessions', 'user_id'],
      ['user_skills', 'user_id'],
      ['follows', 'follower_id'],
      ['follows', 'followee_id'],
      ['group_memberships', 'user_id'],
      ['notifications', 'user_id'],
    ]) {
      const [{ count }] = await sql.query(`SELECT count(*)::int AS count FROM ${table} WHERE ${column} = $1`, [subject.id]);
      expect({ table, column, count }).toEqual({ table, column, count: 0 });
    }

    // The old session is over, and SSO can neither find nor re-link the erased row.
    await api(subject).get('/auth/me').expect(401);
    const idp = await sql.getRepository(IdentityProviderEntity).findOneByOrFail({ id: world.idpId });
    await expect(
      app.get(ProvisioningService).provision(idp, 'subject-name-id', { email: subject.email, givenName: null, familyName: null, displayName: null, department: null, jobTitle: null }),
    ).rejects.toMatchObject({ status: 403 });
    const [{ links }] = await sql.query(`SELECT count(*)::int AS links FROM user_identities WHERE identity_provider_id = $1`, [world.idpId]);
    expect(links).toBe(0);
    // Nothing (SCIM, the CLI) can bring the erased row back to life.
    await expect(sql.query(`UPDATE users SET status = 'active' WHERE id = $1`, [subject.id])).rejects.toThrow(/CHK_users_erased_deactivated/);

    // Content stays, shown as by a former colleague; the files stay with it.
    const kept = await api(colleague).get(`/posts/${world.post.id}`).expect(200);
    expect(kept.body.author).toMatchObject({ id: subject.id, displayName: 'Former colleague', formerColleague: true });
    await expect(fileExists(world.file.storageKey)).resolves.toBe(true);
    await api(colleague).get(`/posts/${world.colleaguePost.id}`).expect(200);

    const [audit] = await sql.query(`SELECT * FROM audit_events WHERE action = 'person.erase' AND target_id = $1`, [subject.id]);
    expect(audit).toMatchObject({ actor_user_id: admin.id, target_type: 'user', details: expect.objectContaining({ reason: 'Erasure request ER-42', content: 'keep_as_former_colleague' }) });
    expect(JSON.stringify(audit.details)).not.toContain(subject.email);

    // A second erasure finds nothing left to erase.
    await erase(admin, subject, { content: 'remove', reason: 'again', confirmEmail: `erased-${subject.id}@erased.invalid` }).expect(409);
  });

  it('removes their posts (with replies and files) and replies, and leaves colleagues\u2019 content alone', async () => {
    const world = await subjectWithHistory();
    const { admin, subject, colleague } = world;
    const [colleagueFile, keptReply] = [await upload(colleague), world.theirReply];
    const colleagueWithFile = await createPost(colleague, { groupId: world.team.id, body: 'Colleague photo', attachmentIds: [colleagueFile.id] });

    const result = await erase(admin, subject, { content: 'remove', reason: 'ER-43', confirmEmail: subject.email }).expect(200);
    expect(result.body).toMatchObject({ content: 'remove', postsRemoved: 2, repliesRemoved: 2, filesRemoved: 1 });

    const posts = await sql.query(`SELECT id FROM posts WHERE id = ANY($1::uuid[])`, [[world.post.id, world.anonymous.id]]);
    expect(posts).toEqual([]);
    const replies = await sql.query(`SELECT id FROM replies WHERE id = ANY($1::uuid[])`, [[world.myReply.id, keptReply.id]]);
    expect(replies).toEqual([]);
    const [{ reactions }] = await sql.query(`SELECT count(*)::int AS reactions FROM post_reactions WHERE user_id = $1`, [subject.id]);
    expect(reactions).toBe(0);
    await expect(fileExists(world.file.storageKey)).resolves.toBe(false);

    await api(colleague).get(`/posts/${world.colleaguePost.id}`).expect(200);
    await api(colleague).get(`/posts/${colleagueWithFile.id}`).expect(200);
    await expect(fileExists(colleagueFile.storageKey)).resolves.toBe(true);
    const [audit] = await sql.query(`SELECT details FROM audit_events WHERE action = 'person.erase' AND target_id = $1`, [subject.id]);
    expect(audit.details).toMatchObject({ content: 'remove', postsRemoved: 2, repliesRemoved: 2, filesRemoved: 1 });
  });

  it('finds people to erase by name or email, leavers included, erased people not', async () => {
    const admin = await person({ role: 'admin' });
    const leaver = await person({ displayName: 'Quentin Leaver', email: 'q.leaver@northbridge.example', status: 'deactivated' });
    const erased = await person({ displayName: 'Quentin Gone', email: 'q.gone@northbridge.example' });
    await erase(admin, erased, { content: 'keep_as_former_colleague', reason: 'ER-45', confirmEmail: erased.email }).expect(200);
    const byName = await api(admin).get('/admin/people/erasure-candidates?q=quentin').expect(200);
    expect(byName.body.items).toEqual([{ id: leaver.id, displayName: 'Quentin Leaver', email: 'q.leaver@northbridge.example', jobTitle: null, deactivated: true }]);
    const byEmail = await api(admin).get('/admin/people/erasure-candidates?q=Q.LEAVER@').expect(200);
    expect(byEmail.body.items.map((item: { id: string }) => item.id)).toEqual([leaver.id]);
    await expect(api(admin).get('/admin/people/erasure-candidates?q=%25%25').expect(200)).resolves.toMatchObject({ body: { items: [] } });
    await api(admin).get('/admin/people/erasure-candidates?q=q').expect(400);
    await api(await person()).get('/admin/people/erasure-candidates?q=quentin').expect(403);
  });

  it('refuses a wrong confirmation email, members, and erasing yourself', async () => {
    const admin = await person({ role: 'admin' });
    const member = await person();
    const subject = await person();

    const mismatch = await erase(admin, subject, { content: 'remove', reason: 'ER-44', confirmEmail: 'someone.else@northbridge.example' }).expect(400);
    expect(mismatch.body.errors).toEqual([{ field: 'confirmEmail', messages: [expect.any(String)] }]);
    const invalid = await erase(admin, subject, { content: 'shred', reason: ' ', confirmEmail: subject.email }).expect(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['content', 'reason']);
    await erase(member, subject, { content: 'remove', reason: 'ER-44', confirmEmail: subject.email }).expect(403);
    await api(member).get(`/admin/people/${subject.id}/erasure`).expect(403);
    await erase(admin, admin, { content: 'remove', reason: 'ER-44', confirmEmail: admin.email }).expect(403);
    await api(admin).post(`/admin/people/not-a-person/erasure`, { content: 'remove', reason: 'x', confirmEmail: subject.email }).expect(404);

    const [row] = await sql.query(`SELECT display_name, erased_at FROM users WHERE id = $1`, [subject.id]);
    expect(row.erased_at).toBeNull();
    const [{ count }] = await sql.query(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'person.erase' AND target_id = ANY($1)`, [[subject.id, admin.id]]);
    expect(count).toBe(0);
  });
  it('hides an erased person from SCIM and drops moderation records about their profile', async () => {
    const admin = await person({ role: 'admin' });
    const reporter = await person();
    const externalId = `ext-${Math.random().toString(36).slice(2)}`;
    const subject = await person({ bio: 'A bio someone reported', externalId });
    const { token } = await issueScimToken(app, admin, `Entra ${Math.random().toString(36).slice(2, 6)}`);
    await scimCall(app, token, 'get', `/Users/${subject.id}`).expect(200);
    await api(reporter).post('/reports', { targetType: 'profile', targetId: subject.id, reason: 'offensive' }).expect(201);

    await erase(admin, subject, { content: 'keep_as_former_colleague', reason: 'ER-77', confirmEmail: subject.email }).expect(200);

    await scimCall(app, token, 'get', `/Users/${subject.id}`).expect(404);
    const byExternalId = await scimCall(app, token, 'get', `/Users?filter=${encodeURIComponent(`externalId eq "${externalId}"`)}`).expect(200);
    expect(byExternalId.body.totalResults).toBe(0);
    await scimCall(app, token, 'patch', `/Users/${subject.id}`, patchOp({ op: 'replace', path: 'displayName', value: 'Written back' })).expect(404);
    const [row] = await sql.query(`SELECT display_name FROM users WHERE id = $1`, [subject.id]);
    expect(row.display_name).toBe('Former colleague');
    const [{ count }] = await sql.query(`SELECT count(*)::int AS count FROM moderation_cases WHERE target_type = 'profile' AND target_id = $1`, [subject.id]);
    expect(count).toBe(0);
  });
});
