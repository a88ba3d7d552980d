import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { runCli } from '../src/cli/run-cli';
import { loadConfig } from '../src/config/load-config';
import { ARCHIVE_TABLES, IMPORTED_ANONYMOUS_AUTHOR_ID } from '../src/council-export/archive-format';
import { COMPARED, ndjson, readArchive, rowsOf, writeArchive } from './council-export-helpers';
import { signInAs } from './factories';
import { Person, postsFixtures } from './posts-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

jest.setTimeout(120_000);

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('whole-council export and import', () => {
  let database: TestDatabase;
  let target: TestDatabase;
  let legacy: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let dataDir: string;
  let targetDir: string;
  let admin: Person;
  let alice: Person;
  let bob: Person;
  let carol: Person;
  let archiveFile: string;
  let anonymousPostId: string;
  let anonymousCaseId: string;
  const { api, person, group, createPost } = postsFixtures(() => app);

  const cli = async (config: ReturnType<typeof loadConfig>, ...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: { write: (text: string) => (out += text) }, err: { write: (text: string) => (err += text) } }, { config });
    return { code, out, err };
  };
  const configFor = (db: TestDatabase, dir: string) => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, SEED_DEMO: 'false', SITE_NAME: 'Eastfield' }).withDatabaseUrl(db.url);
  const waitFor = async (id: string, status: string) => {
    for (let attempt = 0; attempt < 240; attempt++) {
      const body = (await api(admin).get(`/admin/exports/${id}`).expect(200)).body;
      if (body.status === status) return body;
      if (body.status === 'failed') throw new Error(`export failed: ${body.error}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`export ${id} never reached ${status}`);
  };
  const png = (colour: string) => sharp({ create: { width: 24, height: 24, channels: 3, background: colour } }).png().toBuffer();

  beforeAll(async () => {
    [database, target, legacy] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-export-'));
    targetDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-import-'));
    app = await createTestApp(database, { DATA_DIR: dataDir, SITE_NAME: 'Eastfield' });
    sql = app.get(DataSource);

    // A small council: departments, people with profiles, skills and a manager, groups of each kind.
    await sql.query(`INSERT INTO departments (id, slug, name) VALUES ('11111111-1111-4111-8111-111111111111', 'housing', 'Housing'), ('22222222-2222-4222-8222-222222222222', 'planning', 'Planning')`);
    admin = await person({ role: 'admin', displayName: 'Ada Admin' });
    alice = await person({ displayName: 'Alice Able', departmentId: '11111111-1111-4111-8111-111111111111', jobTitle: 'Housing officer', bio: 'I **like** housing', pronouns: 'she/her' });
    bob = await person({ displayName: 'Bob Brown', departmentId: '22222222-2222-4222-8222-222222222222' });
    carol = await person({ displayName: 'Carol Cole', status: 'deactivated', deactivatedAt: new Date('2026-01-02T03:04:05.678Z') });
    await sql.query(`UPDATE users SET manager_id = $1, ask_me_about = '{tenancies,repairs}' WHERE id = $2`, [bob.id, alice.id]);
    await sql.query(`UPDATE users SET bio_html = '<p>I <strong>like</strong> housing</p>' WHERE id = $1`, [alice.id]);
    await sql.query(`INSERT INTO skills (id, name, normalised_name) VALUES ('33333333-3333-4333-8333-333333333333', 'Excel', 'excel')`);
    await sql.query(`INSERT INTO user_skills (user_id, skill_id, offers_help) VALUES ($1, '33333333-3333-4333-8333-333333333333', true)`, [alice.id]);
    await sql.query(`INSERT INTO follows (follower_id, followee_id) VALUES ($1, $2)`, [bob.id, alice.id]);
    await request(app.getHttpServer()).put('/api/people/me/avatar').set('Cookie', alice.cookie).set('x-csrf-token', alice.csrf).attach('file', await png('blue'), 'me.png').expect(200);

    const open = await group(alice, 'open', [{ person: bob }]);
    const closed = await group(alice, 'closed', [{ person: bob, role: 'manager' }, { person: carol }], { allowAnonymousPosts: true });
    const secret = await group(bob, 'secret', [{ person: alice }]);

    // Posts of every type, an anonymous one with a file, replies quoting each other, reactions, votes.
    const upload = async (as: Person, name: string) =>
      (await request(app.getHttpServer()).post('/api/attachments').set('Cookie', as.cookie).set('x-csrf-token', as.csrf).attach('file', await png('red'), name).field('altText', 'A red square').expect(201)).body.id as string;
    const discussion = await createPost(alice, { groupId: open.id, body: `Hello @[Bob](${bob.id}) about #housing`, attachmentIds: [await upload(alice, 'plan.png')] });
    const anonymous = await createPost(bob, { groupId: closed.id, body: 'A worry I have', anonymous: true, attachmentIds: [await upload(bob, 'worry.png')] });
    anonymousPostId = anonymous.id;
    const question = await createPost(bob, { groupId: open.id, type: 'question', body: 'Where is the form?' });
    const poll = await createPost(alice, { groupId: closed.id, type: 'poll', body: 'Which day?', poll: { options: ['Monday', 'Tuesday'], multipleChoice: false, closesAt: null } });
    await createPost(alice, { body: 'On my profile' });
    await createPost(bob, { groupId: secret.id, body: 'In a secret group, archived below' });
    await sql.query(`UPDATE groups SET archived_at = now() WHERE id = $1`, [secret.id]);
    const first = (await api(bob).post(`/posts/${question.id}/replies`, { body: 'In the *intranet*' }).expect(201)).body;
    await api(alice).post(`/posts/${question.id}/replies`, { body: 'Thanks', quoteReplyId: first.id }).expect(201);
    await api(bob).put(`/posts/${question.id}/accepted-reply`, { replyId: first.id }).expect(200);
    // Edit history travels too.
    await api(bob).patch(`/posts/${question.id}`, { body: 'Where is the leave form?' }).expect(200);
    await api(bob).patch(`/replies/${first.id}`, { body: 'In the *intranet*, under HR' }).expect(200);
    await api(alice).put(`/posts/${discussion.id}/pin`).expect(200);
    await api(bob).put(`/posts/${discussion.id}/reactions/thanks`).expect(200);
    await api(alice).put(`/replies/${first.id}/reactions/like`).expect(200);
    await api(bob).post(`/posts/${poll.id}/votes`, { optionIds: [poll.poll.options[1].id] }).expect(200);
    // Trust: house rules accepted, the watch-list, an election period, retention, group extras and preferences.
    await api(admin).post('/site-documents/house_rules/versions', { body: 'Be kind.', material: true, changeSummary: 'First rules' }).expect(201);
    for (const who of [alice, bob, admin]) await api(who).post('/site-documents/house_rules/acceptances', { version: 1 }).expect(204);
    await api(admin).post('/admin/watch-list', { phrase: 'strike ballot' }).expect(201);
    await api(bob).post('/election-periods', { groupId: closed.id, label: 'County elections 2030', startsAt: '2030-04-01T00:00:00.000Z', endsAt: '2030-05-08T00:00:00.000Z', holdForReview: true }).expect(201);
    await api(admin).post('/admin/retention', { groupId: open.id, maxAgeDays: 365 }).expect(201);
    await sql.query(`INSERT INTO group_join_requests (group_id, user_id, message) VALUES ($1, $2, 'May I join?')`, [secret.id, admin.id]);
    await sql.query(`INSERT INTO group_invitations (group_id, user_id, invited_by_id) VALUES ($1, $2, $3)`, [secret.id, carol.id, bob.id]);
    await sql.query(`INSERT INTO notification_preferences (user_id, type, delivery) VALUES ($1, 'mention', 'email_now')`, [alice.id]);
    await sql.query(`INSERT INTO notification_group_preferences (user_id, group_id, delivery) VALUES ($1, $2, 'daily_digest')`, [alice.id, open.id]);
    await sql.query(`INSERT INTO notification_settings (user_id, quiet_start, quiet_end) VALUES ($1, '22:00', '07:00')`, [alice.id]);
    await sql.query(`INSERT INTO site_settings (key, value) VALUES ('group_creation', '{"who":"everyone"}')`);
    await sql.query(`INSERT INTO profile_moderation (user_id, state) VALUES ($1, 'held')`, [carol.id]);
    // A report on a named post, warned; and one on the anonymous post: revealed (audited), removed, and its author asks for a review.
    const named = (await api(bob).post('/reports', { targetType: 'post', targetId: discussion.id, reason: 'spam' }).expect(201)).body.caseId;
    await api(admin).post(`/moderation/cases/${named}/actions`, { action: 'warn', reason: 'Keep it on topic' }).expect(200);
    await sql.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, 'member')`, [closed.id, admin.id]);
    await api(admin).post(`/posts/${anonymousPostId}/reveal-author`, { reason: 'Safeguarding concern' }).expect(200);
    anonymousCaseId = (await api(alice).post('/reports', { targetType: 'post', targetId: anonymousPostId, reason: 'personal_data', details: 'Names a tenant' }).expect(201)).body.caseId;
    await api(admin).post(`/moderation/cases/${anonymousCaseId}/actions`, { action: 'remove', reason: 'Personal data' }).expect(200);
    await api(bob).post(`/moderation/cases/${anonymousCaseId}/review`, { note: 'I took the name out' }).expect(204);
    // Moderation and erasure state travel too.
    await sql.query(`UPDATE posts SET moderation_state = 'held', election_label = 'Local elections 2027' WHERE id = $1`, [poll.id]);
    await sql.query(`UPDATE replies SET moderation_state = 'hidden' WHERE id = $1`, [first.id]);
    await sql.query(`UPDATE users SET erased_at = now() WHERE id = $1`, [carol.id]);
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all([database?.drop(), target?.drop(), legacy?.drop()]);
    for (const dir of [dataDir, targetDir]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is for site admins only (403 for members)', async () => {
    await api(alice).post('/admin/exports').expect(403);
    await api(alice).get('/admin/exports').expect(403);
  });

  it('refuses a second export while one is queued or running (409)', async () => {
    const [busy] = await sql.query(`INSERT INTO council_exports (status, format_version, heartbeat_at) VALUES ('running', 1, now()) RETURNING id`);
    const refused = await api(admin).post('/admin/exports').expect(409);
    expect(refused.body.code).toBe('COUNCIL_EXPORT_ALREADY_RUNNING');
    await api(admin).delete(`/admin/exports/${busy.id}`).expect(204);
    await api(admin).get(`/admin/exports/${busy.id}`).expect(404);
  });

  it('exports the council in the background, with progress, and downloads it (audited)', async () => {
    const started = await api(admin).post('/admin/exports').expect(202);
    expect(started.body).toMatchObject({ formatVersion: 1, requestedBy: { id: admin.id, displayName: 'Ada Admin' }, attempts: 0, downloadUrl: null });
    const done = await waitFor(started.body.id, 'completed');
    expect(done.total).toBeGreaterThan(20);
    expect(done.processed).toBe(done.total);
    expect(done.sizeBytes).toBeGreaterThan(0);
    expect(done.downloadUrl).toBe(`/api/admin/exports/${done.id}/download`);
    expect((await api(admin).get('/admin/exports').expect(200)).body.items.map((item: { id: string }) => item.id)).toContain(done.id);

    const download = await api(admin).get(`/admin/exports/${done.id}/download`).buffer(true).parse(binary).expect(200);
    expect(download.headers['content-type']).toBe('application/gzip');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="moot-council-export-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.tar\.gz"$/);
    expect(Number(download.headers['content-length'])).toBe(done.sizeBytes);
    archiveFile = path.join(dataDir, 'downloaded.tar.gz');
    fs.writeFileSync(archiveFile, download.body as Buffer);
    const actions = await sql.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`, [done.id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['council_export.start', 'council_export.download']);

    const entries = await readArchive(download.body as Buffer);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({ format: 'moot-council-export', formatVersion: 1, siteName: 'Eastfield', missingFiles: [] });
    expect([...entries.keys()].slice(0, 2)).toEqual(['manifest.json', 'README.md']);
    expect(manifest.counts).toMatchObject({ 'people.ndjson': 4, 'groups.ndjson': 3, 'posts.ndjson': 6, 'replies.ndjson': 2, 'attachments.ndjson': 2, 'memberships.ndjson': 8 });
    expect(manifest.counts).toMatchObject({
      'site-document-versions.ndjson': 1,
      'house-rules-acceptances.ndjson': 3,
      'moderation-cases.ndjson': 2,
      'moderation-reports.ndjson': 2,
      'watch-words.ndjson': 1,
      'election-periods.ndjson': 1,
      'retention-policies.ndjson': 1,
      'group-join-requests.ndjson': 1,
      'group-invitations.ndjson': 1,
      'post-revisions.ndjson': 1,
      'reply-revisions.ndjson': 1,
    });
    expect(manifest.counts['audit-events.ndjson']).toBeGreaterThan(5);
    // 2 originals + 2 thumbnails + Alice's avatar renditions, each with its bytes.
    const files = [...entries.keys()].filter((name) => name.startsWith('files/'));
    expect(files.length).toBe(manifest.counts['files/']);
    expect(files).toEqual(expect.arrayContaining([expect.stringMatching(/^files\/avatars\//), expect.stringMatching(/^files\/attachments\/.*\/thumbnail\.webp$/)]));

    const posts = ndjson(entries, 'posts.ndjson');
    expect(posts.find((post) => post.id === anonymousPostId)).toMatchObject({ anonymous: true, authorId: null, body: 'A worry I have' });
    expect(ndjson(entries, 'attachments.ndjson').find((attachment) => attachment.postId === anonymousPostId)).toMatchObject({ uploaderId: null });
    expect(ndjson(entries, 'house-rules-acceptances.ndjson')).toContainEqual({ id: expect.any(String), personId: alice.id, versionId: expect.any(String), acceptedAt: expect.any(String) });
    // The anonymous post's case, its author's review request and the admin's reveal keep everything but who wrote it.
    expect(ndjson(entries, 'moderation-cases.ndjson').find((entry) => entry.id === anonymousCaseId)).toMatchObject({
      postId: anonymousPostId,
      authorId: null,
      withheld: ['authorId'],
      decisionAction: 'remove',
      decidedById: admin.id,
      reviewNote: 'I took the name out',
    });
    const events = ndjson(entries, 'moderation-case-events.ndjson').filter((entry) => entry.caseId === anonymousCaseId);
    expect(events.map((entry) => [entry.action, entry.actorId])).toEqual(expect.arrayContaining([['remove', admin.id], ['review_requested', null]]));
    const audit = ndjson(entries, 'audit-events.ndjson');
    expect(audit.find((entry) => entry.action === 'post.reveal_author')).toMatchObject({ actorId: admin.id, targetId: anonymousPostId, details: { reason: 'Safeguarding concern', authorId: null } });
    expect(audit.find((entry) => entry.action === 'moderation.review_requested')).toMatchObject({ actorId: null, actorLabel: 'Anonymous author (withheld)', ip: null, userAgent: null, withheld: ['actorId', 'actorLabel', 'ip', 'userAgent'] });
    // Bob's own, named actions (the election period he set up as a manager) stay his in the log.
    expect(audit.some((entry) => entry.actorId === bob.id)).toBe(true);
  });

  it('never puts the anonymous author, sessions or secrets in the archive', async () => {
    const entries = await readArchive(fs.readFileSync(archiveFile));
    const text = [...entries.entries()].filter(([name]) => !name.startsWith('files/')).map(([, bytes]) => bytes.toString('utf8')).join('\n');
    expect(text).not.toMatch(/anonymous_?author/i);
    // Bob (the anonymous author) is named by his own posts, replies and memberships, never by the anonymous post or its file.
    const anonymousLines = text.split('\n').filter((line) => line.includes(anonymousPostId) || line.includes(anonymousCaseId));
    expect(anonymousLines.length).toBeGreaterThan(5);
    const [{ email }] = await sql.query(`SELECT email FROM users WHERE id = $1`, [bob.id]);
    for (const line of anonymousLines) expect(line).not.toContain(email);
    for (const line of anonymousLines) expect(line).not.toContain(bob.id);
    const secrets: Array<{ value: string }> = await sql.query(
      `SELECT token_hash::text AS value FROM sessions UNION ALL SELECT csrf_token::text FROM sessions UNION ALL SELECT public_id::text FROM sessions
       UNION ALL SELECT encode(value, 'hex') FROM site_secrets UNION ALL SELECT encode(value, 'base64') FROM site_secrets`,
    );
    expect(secrets.length).toBeGreaterThan(0);
    for (const { value } of secrets) expect(text).not.toContain(value);
    expect(text).not.toContain(alice.token);
    expect([...entries.keys()].some((name) => /session|secret|identit|scim|^notifications|rate-limit|login|saml/.test(name))).toBe(false);
  });

  it('refuses an archive of another format version, writing nothing', async () => {
    const wrong = path.join(targetDir, 'wrong.tar.gz');
    fs.writeFileSync(wrong, await writeArchive([['manifest.json', JSON.stringify({ format: 'moot-council-export', formatVersion: 2, counts: {} })], ['people.ndjson', '{"id":"x"}\n']]));
    const run = await cli(configFor(target, targetDir), 'council:import', wrong);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/format version 2; this Moot reads version 1 only/);
    expect(await rowsOf(target.url, 'SELECT id FROM users')).toEqual([]);
  });

  it('imports the archive into an empty database with the same ids, rows and files', async () => {
    const run = await cli(configFor(target, targetDir), 'council:import', archiveFile);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/posts\.ndjson\s+6/);
    for (const [name, query] of Object.entries(COMPARED)) {
      expect({ name, rows: await rowsOf(target.url, query) }).toEqual({ name, rows: await rowsOf(database.url, query) });
    }
    // The audit log comes back as it was (same ids and times), the withheld author still withheld; new events number after it.
    const imported = (await rowsOf(target.url, `SELECT * FROM audit_events ORDER BY id`)) as Array<Record<string, unknown>>;
    const completed = imported.pop()!;
    expect(completed).toMatchObject({ action: 'council_import.complete' });
    const original = (await rowsOf(database.url, `SELECT * FROM audit_events WHERE id <= ${Number(imported[imported.length - 1].id)} ORDER BY id`)) as Array<Record<string, unknown>>;
    expect(imported.map((row) => row.id)).toEqual(original.map((row) => row.id));
    expect(Number(completed.id)).toBeGreaterThan(Number(imported[imported.length - 1].id));
    original.forEach((row, index) => {
      const touchesAnonymousPost = [row.target_id, JSON.stringify(row.details)].some((value) => String(value).includes(anonymousPostId) || String(value).includes(anonymousCaseId));
      if (!touchesAnonymousPost || !JSON.stringify(row).includes(bob.id)) expect(imported[index]).toEqual(row);
      else {
        expect(JSON.stringify(imported[index])).not.toContain(bob.id);
        expect(imported[index]).toMatchObject({ id: row.id, at: row.at, action: row.action, target_type: row.target_type, outcome: row.outcome });
      }
    });
    // The anonymous post keeps its anonymity: a placeholder, deactivated author.
    expect(await rowsOf(target.url, `SELECT anonymous_author_id AS id FROM posts WHERE id = '${anonymousPostId}'`)).toEqual([{ id: IMPORTED_ANONYMOUS_AUTHOR_ID }]);
    expect(await rowsOf(target.url, `SELECT status FROM users WHERE id = '${IMPORTED_ANONYMOUS_AUTHOR_ID}'`)).toEqual([{ status: 'deactivated' }]);
    // Files are back in storage, byte for byte.
    const keys: Array<{ key: string }> = await sql.query(`SELECT storage_key AS key FROM attachments UNION SELECT thumbnail_key FROM attachments`);
    for (const { key } of keys) expect(fs.readFileSync(path.join(targetDir, 'files', key)).equals(fs.readFileSync(path.join(dataDir, 'files', key)))).toBe(true);
    const [{ avatar_key: avatar }] = await sql.query(`SELECT avatar_key FROM users WHERE id = $1`, [alice.id]);
    expect(fs.readdirSync(path.join(targetDir, 'files', avatar)).sort()).toEqual(fs.readdirSync(path.join(dataDir, 'files', avatar)).sort());

    // The imported council works: Alice can sign in there and read the question with its accepted answer.
    const importedApp = await createTestApp(target, { DATA_DIR: targetDir });
    try {
      const session = await signInAs(importedApp, { id: alice.id });
      const posts = await request(importedApp.getHttpServer()).get(`/api/people/${alice.id}`).set('Cookie', session.cookie).expect(200);
      expect(posts.body.displayName).toBe('Alice Able');
    } finally {
      await importedApp.close();
    }
  });

  it('imports a version 1 archive written before the trust records were added, ignoring files it does not know', async () => {
    const added = ARCHIVE_TABLES.slice(ARCHIVE_TABLES.findIndex((table) => table.file === 'post-revisions')).map((table) => `${table.file}.ndjson`);
    const entries = await readArchive(fs.readFileSync(archiveFile));
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    for (const name of added) delete manifest.counts[name];
    // A later Moot's extra file (with its count): readers skip what they do not know.
    manifest.counts['future-records.ndjson'] = 1;
    const kept = [...entries.entries()].filter(([name]) => name !== 'manifest.json' && !added.includes(name));
    const older = path.join(targetDir, 'older.tar.gz');
    fs.writeFileSync(older, await writeArchive([['manifest.json', JSON.stringify(manifest)], ['future-records.ndjson', '{"id":"x"}\n'], ...kept]));
    const legacyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-import-legacy-'));
    try {
      const run = await cli(configFor(legacy, legacyDir), 'council:import', older);
      expect(run).toMatchObject({ code: 0, err: '' });
      for (const name of ['people', 'groups', 'memberships', 'posts', 'replies', 'attachments']) {
        expect({ name, rows: await rowsOf(legacy.url, COMPARED[name]) }).toEqual({ name, rows: await rowsOf(database.url, COMPARED[name]) });
      }
      expect(await rowsOf(legacy.url, 'SELECT (SELECT count(*) FROM moderation_cases)::int AS cases, (SELECT count(*) FROM watch_words)::int AS words')).toEqual([{ cases: 0, words: 0 }]);
      expect(await rowsOf(legacy.url, 'SELECT action FROM audit_events')).toEqual([{ action: 'council_import.complete' }]);
    } finally {
      fs.rmSync(legacyDir, { recursive: true, force: true });
    }
  });

  it('refuses to import into a database that already has people, changing nothing', async () => {
    const before = await rowsOf(target.url, 'SELECT count(*) AS n FROM posts');
    const run = await cli(configFor(target, targetDir), 'council:import', archiveFile);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/needs an empty database, and this one already has 5 people and 3 groups/);
    expect(await rowsOf(target.url, 'SELECT count(*) AS n FROM posts')).toEqual(before);
  });

  it('exports the same council from the command line', async () => {
    const out = path.join(dataDir, 'cli.tar.gz');
    const run = await cli(configFor(database, dataDir), 'council:export', '--out', out);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/^Exported \d+ records and \d+ files to /);
    const fromCli = JSON.parse((await readArchive(fs.readFileSync(out))).get('manifest.json')!.toString('utf8'));
    const fromApi = JSON.parse((await readArchive(fs.readFileSync(archiveFile))).get('manifest.json')!.toString('utf8'));
    // The audit log grew meanwhile (the download, this export); everything else is the same.
    expect({ ...fromCli.counts, 'audit-events.ndjson': 0 }).toEqual({ ...fromApi.counts, 'audit-events.ndjson': 0 });
    expect(fromCli.counts['audit-events.ndjson']).toBeGreaterThan(fromApi.counts['audit-events.ndjson']);
  });

  it('deletes an export and its archive', async () => {
    const [{ id }] = await sql.query(`SELECT id FROM council_exports WHERE status = 'completed'`);
    expect(fs.existsSync(path.join(dataDir, 'exports', `${id}.tar.gz`))).toBe(true);
    await api(alice).delete(`/admin/exports/${id}`).expect(403);
    await api(admin).delete(`/admin/exports/${id}`).expect(204);
    expect(fs.existsSync(path.join(dataDir, 'exports', `${id}.tar.gz`))).toBe(false);
    await api(admin).get(`/admin/exports/${id}/download`).expect(404);
    await api(admin).get('/admin/exports/not-an-id').expect(404);
  });

  it('restarts an export interrupted by a restart cleanly, from the beginning', async () => {
    // As if the process was killed mid-export: still "running", but its heartbeat stopped long ago.
    const [{ id }] = await sql.query(
      `INSERT INTO council_exports (status, format_version, phase, processed, total, started_at, heartbeat_at)
       VALUES ('running', 1, 'posts', 7, 40, now() - interval '10 minutes', now() - interval '10 minutes') RETURNING id`,
    );
    await app.close();
    fs.mkdirSync(path.join(dataDir, 'exports'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'exports', `${id}.tar.gz.partial`), 'half an archive');
    app = await createTestApp(database, { DATA_DIR: dataDir, SITE_NAME: 'Eastfield' });
    admin = { ...admin, ...(await signInAs(app, { id: admin.id })) };
    const done = await waitFor(id, 'completed');
    expect(done).toMatchObject({ attempts: 1, error: null });
    expect(done.processed).toBe(done.total);
    expect(fs.existsSync(path.join(dataDir, 'exports', `${id}.tar.gz.partial`))).toBe(false);
    const entries = await readArchive(fs.readFileSync(path.join(dataDir, 'exports', `${id}.tar.gz`)));
    expect(JSON.parse(entries.get('manifest.json')!.toString('utf8')).counts['posts.ndjson']).toBe(6);
  });
});
