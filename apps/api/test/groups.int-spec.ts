import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUser, signInAs, SignedIn } from './factories';
import { GROUP_SCHEMA, issueScimToken, patchOp, scimCall } from './scim/scim-client';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('groups: flows', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let admin: SignedIn;
  let owner: SignedIn & { id: string; email: string };
  let alice: SignedIn & { id: string; email: string };
  let bob: SignedIn & { id: string; email: string };
  let planning: { id: string; slug: string };

  const api = (as: SignedIn) => {
    const server = app.getHttpServer();
    const withAuth = (test: request.Test) => test.set('Cookie', as.cookie).set('x-csrf-token', as.csrf);
    return {
      get: (path: string) => withAuth(request(server).get(`/api${path}`)),
      post: (path: string, body: object = {}) => withAuth(request(server).post(`/api${path}`)).send(body),
      patch: (path: string, body: object) => withAuth(request(server).patch(`/api${path}`)).send(body),
      put: (path: string, body: object) => withAuth(request(server).put(`/api${path}`)).send(body),
      delete: (path: string) => withAuth(request(server).delete(`/api${path}`)),
    };
  };
  const person = async (overrides: Record<string, unknown> = {}) => {
    const user = await createUser(app, overrides);
    return { ...(await signInAs(app, user)), id: user.id, email: user.email };
  };
  const createGroup = async (as: SignedIn, body: Record<string, unknown>) => (await api(as).post('/groups', body).expect(201)).body;
  const roleOf = async (groupId: string, userId: string) =>
    ((await sql.query(`SELECT role FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [groupId, userId])) as { role: string }[])[0]?.role ?? null;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    [planning] = await sql.query(`INSERT INTO departments (name, slug) VALUES ('Planning', 'planning') RETURNING id, slug`);
    admin = await signInAs(app, await createUser(app, { role: 'admin' }));
    owner = await person();
    alice = await person({ departmentId: planning.id });
    bob = await person();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('lets only listed creators (and admins) create groups when the setting says so', async () => {
    await api(admin).put('/admin/settings/group-creation', { mode: 'listed', creatorIds: [owner.id] }).expect(200);
    await expect(api(alice).get('/admin/settings/group-creation')).resolves.toMatchObject({ status: 403 });
    const refused = await api(alice).post('/groups', { name: 'Not mine', type: 'open' }).expect(403);
    expect(refused.body.code).toBe('GROUP_CREATION_NOT_ALLOWED');
    const created = await createGroup(owner, { name: 'Listed creator', type: 'open', description: '**Hi** <script>x</script>', departmentIds: [planning.id] });
    expect(created).toMatchObject({ slug: 'listed-creator', myRole: 'owner', memberCount: 1, departments: [{ slug: 'planning' }] });
    expect(created.descriptionHtml).toBe('<p><strong>Hi</strong> &lt;script&gt;x&lt;/script&gt;</p>');
    await createGroup(admin, { name: 'Admin made', type: 'open' });
    const setting = await api(admin).put('/admin/settings/group-creation', { mode: 'everyone', creatorIds: [] }).expect(200);
    expect(setting.body).toEqual({ mode: 'everyone', creators: [] });
    const audit = await sql.query(`SELECT action FROM audit_events WHERE action = 'site.group_creation_update'`);
    expect(audit).toHaveLength(2);
  });

  it('validates names and slugs: reserved words refused, duplicates 409, derived slugs made unique', async () => {
    const bad = await api(owner).post('/groups', { name: '', slug: '-Bad-', type: 'public' }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['name', 'slug', 'type']);
    expect((await api(owner).post('/groups', { name: 'New', slug: 'suggestions', type: 'open' }).expect(400)).body.errors[0].field).toBe('slug');
    await createGroup(owner, { name: 'Duplicate', slug: 'dup', type: 'open' });
    expect((await api(owner).post('/groups', { name: 'Duplicate', slug: 'dup', type: 'open' }).expect(409)).body.code).toBe('GROUP_SLUG_TAKEN');
    expect((await createGroup(owner, { name: 'Dup', type: 'open' })).slug).toBe('dup-2');
  });

  it('searches and filters the directory with keyset pages, never showing secret groups to outsiders', async () => {
    for (const name of ['Kx Alpha', 'Kx Beta', 'Kx Gamma']) await createGroup(owner, { name, type: 'closed' });
    await createGroup(owner, { name: 'Kx Hidden', type: 'secret' });
    const first = await api(bob).get('/groups?q=kx&limit=2').expect(200);
    expect(first.body.items.map((group: { name: string }) => group.name)).toEqual(['Kx Alpha', 'Kx Beta']);
    const second = await api(bob).get(`/groups?q=kx&limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body).toMatchObject({ items: [{ name: 'Kx Gamma' }], nextCursor: null });
    expect((await api(owner).get('/groups?q=kx&type=secret').expect(200)).body.items.map((g: { name: string }) => g.name)).toEqual(['Kx Hidden']);
    expect((await api(bob).get('/groups?q=kx&mine=true').expect(200)).body.items).toEqual([]);
    expect((await api(bob).get('/groups?department=planning').expect(200)).body.items.map((g: { name: string }) => g.name)).toEqual(['Listed creator']);
    expect((await api(bob).get('/groups?cursor=garbage').expect(400)).body.errors[0].field).toBe('cursor');
  });

  it('joins open groups at once; closed groups take one request, approved or denied by managers', async () => {
    const open = await createGroup(owner, { name: 'Open flow', type: 'open' });
    expect((await api(bob).post(`/groups/${open.id}/join`).expect(200)).body).toEqual({ outcome: 'joined' });
    const closed = await createGroup(owner, { name: 'Closed flow', type: 'closed' });
    expect((await api(alice).post(`/groups/${closed.slug}/join`, { message: 'Please' }).expect(200)).body).toEqual({ outcome: 'requested' });
    expect((await api(alice).post(`/groups/${closed.slug}/join`, { message: 'Again' }).expect(200)).body).toEqual({ outcome: 'requested' });
    await api(bob).post(`/groups/${closed.id}/join`).expect(200);
    const queue = await api(owner).get(`/groups/${closed.id}/requests`).expect(200);
    expect(queue.body.requests.map((r: { person: { id: string }; message: string | null }) => [r.person.id, r.message])).toEqual([
      [alice.id, 'Please'],
      [bob.id, null],
    ]);
    expect((await api(alice).get(`/groups/${closed.id}`).expect(200)).body).toMatchObject({ requestPending: true, can: { seeContent: false, requestToJoin: false } });
    await api(alice).get(`/groups/${closed.id}/members`).expect(404);
    await api(owner).post(`/groups/${closed.id}/requests/${alice.id}/approve`).expect(204);
    await api(owner).post(`/groups/${closed.id}/requests/${bob.id}/deny`).expect(204);
    await api(owner).post(`/groups/${closed.id}/requests/${bob.id}/approve`).expect(404);
    expect([await roleOf(closed.id, alice.id), await roleOf(closed.id, bob.id)]).toEqual(['member', null]);
    const members = await api(alice).get(`/groups/${closed.id}/members?department=planning`).expect(200);
    expect(members.body.items.map((m: { person: { id: string } }) => m.person.id)).toEqual([alice.id]);
    expect(members.body.departments).toEqual(expect.arrayContaining([{ department: { id: planning.id, name: 'Planning', slug: 'planning' }, count: 1 }]));
  });

  it('brings people into a secret group by invitation only, accepted by joining', async () => {
    const secret = await createGroup(owner, { name: 'Secret flow', type: 'secret' });
    await api(bob).post(`/groups/${secret.id}/join`).expect(404);
    expect((await api(owner).post(`/groups/${secret.id}/invitations`, { userIds: [bob.id, owner.id] }).expect(200)).body).toEqual({ invited: 1, alreadyMembers: 1 });
    expect((await api(bob).get(`/groups/${secret.slug}`).expect(200)).body.can).toMatchObject({ join: true, seeContent: false });
    expect((await api(bob).post(`/groups/${secret.id}/join`).expect(200)).body).toEqual({ outcome: 'joined' });
    expect((await api(owner).post(`/groups/${secret.id}/invitations`, { departmentId: planning.id }).expect(200)).body).toEqual({ invited: 1, alreadyMembers: 0 });
    await api(bob).post(`/groups/${secret.id}/invitations`, { userIds: [alice.id] }).expect(403);
  });

  it('keeps roles in order: no self-promotion, only owners make owners, the last owner stays until ownership moves', async () => {
    const group = await createGroup(owner, { name: 'Roles flow', type: 'open' });
    await api(alice).post(`/groups/${group.id}/join`).expect(200);
    await api(bob).post(`/groups/${group.id}/join`).expect(200);
    await api(alice).patch(`/groups/${group.id}/members/${alice.id}`, { role: 'manager' }).expect(403);
    await api(owner).patch(`/groups/${group.id}/members/${alice.id}`, { role: 'manager' }).expect(204);
    await api(alice).patch(`/groups/${group.id}/members/${alice.id}`, { role: 'owner' }).expect(403);
    await api(alice).patch(`/groups/${group.id}/members/${bob.id}`, { role: 'owner' }).expect(403);
    await api(alice).patch(`/groups/${group.id}/members/${owner.id}`, { role: 'member' }).expect(403);
    const lastOwner = await api(owner).post(`/groups/${group.id}/leave`).expect(409);
    expect(lastOwner.body).toMatchObject({ code: 'GROUP_LAST_OWNER', message: expect.stringContaining('transfer ownership') });
    await api(owner).patch(`/groups/${group.id}/members/${owner.id}`, { role: 'member' }).expect(409);
    await api(owner).post(`/groups/${group.id}/transfer-ownership`, { userId: alice.id }).expect(204);
    expect([await roleOf(group.id, alice.id), await roleOf(group.id, owner.id)]).toEqual(['owner', 'manager']);
    await api(owner).post(`/groups/${group.id}/leave`).expect(204);
    await api(alice).delete(`/groups/${group.id}/members/${bob.id}`).expect(204);
    expect((await api(alice).get(`/groups/${group.id}`).expect(200)).body.memberCount).toBe(1);
  });

  it('makes an archived group read-only until it is unarchived', async () => {
    const group = await createGroup(owner, { name: 'Archive flow', type: 'open' });
    await api(owner).post(`/groups/${group.id}/archive`).expect(200);
    expect((await api(owner).patch(`/groups/${group.id}`, { name: 'Renamed' }).expect(409)).body.code).toBe('GROUP_ARCHIVED');
    await api(bob).post(`/groups/${group.id}/join`).expect(409);
    expect((await api(bob).get('/groups?q=archive%20flow').expect(200)).body.items).toEqual([]);
    expect((await api(owner).get('/groups?q=archive%20flow').expect(200)).body.items).toHaveLength(1);
    await api(owner).post(`/groups/${group.id}/unarchive`).expect(200);
    await api(owner).patch(`/groups/${group.id}`, { name: 'Renamed', settings: { postingPermission: 'managers' } }).expect(200);
  });

  it('previews and applies a bulk add by email with a report of addresses not found', async () => {
    const group = await createGroup(owner, { name: 'Bulk flow', type: 'closed' });
    const gone = await person({ status: 'deactivated' });
    const emails = `email\n${alice.email.toUpperCase()};${owner.email}, "nobody@northbridge.example" ${gone.email}`;
    const preview = await api(owner).post(`/groups/${group.id}/members/bulk`, { emails, preview: true }).expect(200);
    expect(preview.body).toMatchObject({ toAdd: [{ id: alice.id }], alreadyMembers: [{ id: owner.id }], notFound: ['nobody@northbridge.example', gone.email], applied: false });
    expect(await roleOf(group.id, alice.id)).toBeNull();
    await api(owner).post(`/groups/${group.id}/members/bulk`, { emails, preview: false }).expect(200);
    expect(await roleOf(group.id, alice.id)).toBe('member');
    const byDepartment = await api(owner).post(`/groups/${group.id}/members/bulk`, { departmentId: planning.id, preview: true }).expect(200);
    expect(byDepartment.body).toMatchObject({ toAdd: [], alreadyMembers: [{ id: alice.id }] });
    await api(owner).post(`/groups/${group.id}/members/bulk`, { preview: true }).expect(400);
  });

  it('audits what a site admin does in a group they do not manage', async () => {
    const group = await createGroup(owner, { name: 'Audit flow', type: 'secret' });
    await api(admin).get(`/groups/${group.id}`).expect(404);
    await api(admin).patch(`/groups/${group.id}`, { purpose: 'Checked' }).expect(200);
    await api(admin).post(`/groups/${group.id}/archive`).expect(200);
    const rows = await sql.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`, [group.id]);
    expect(rows.map((row: { action: string }) => row.action)).toEqual(['group.admin.update', 'group.admin.archive']);
    await api(owner).post(`/groups/${group.id}/unarchive`).expect(200);
    expect(await sql.query(`SELECT 1 FROM audit_events WHERE target_id = $1`, [group.id])).toHaveLength(2);
  });

  it('follows a linked SCIM group: members added and removed to match, owners and managers kept', async () => {
    const token = (await issueScimToken(app, admin, 'Entra ID')).token;
    const scimGroup = (await scimCall(app, token, 'post', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Comms staff', members: [{ value: alice.id }] }).expect(201)).body;
    const group = await createGroup(owner, { name: 'SCIM flow', type: 'closed' });
    await api(bob).post(`/groups/${group.id}/join`).expect(200);
    await api(owner).post(`/groups/${group.id}/requests/${bob.id}/approve`).expect(204);
    await api(owner).patch(`/groups/${group.id}`, { linkedScimGroupId: scimGroup.id }).expect(403);
    const linked = await api(admin).patch(`/groups/${group.id}`, { linkedScimGroupId: scimGroup.id }).expect(200);
    expect(linked.body.linkedScimGroupId).toBe(scimGroup.id);
    expect([await roleOf(group.id, alice.id), await roleOf(group.id, bob.id), await roleOf(group.id, owner.id)]).toEqual(['member', null, 'owner']);
    await scimCall(app, token, 'patch', `/Groups/${scimGroup.id}`, patchOp({ op: 'add', path: 'members', value: [{ value: bob.id }] })).expect(200);
    expect(await roleOf(group.id, bob.id)).toBe('member');
    await scimCall(app, token, 'patch', `/Groups/${scimGroup.id}`, patchOp({ op: 'remove', path: `members[value eq "${alice.id}"]` })).expect(200);
    expect(await roleOf(group.id, alice.id)).toBeNull();
    expect(await sql.query(`SELECT 1 FROM audit_events WHERE action = 'group.scim_sync' AND target_id = $1`, [group.id])).toHaveLength(3);
  });

  it('suggests visible groups with colleagues from other departments, not ones you are in', async () => {
    const carol = await person();
    const suggestions = await api(carol).get('/groups/suggestions').expect(200);
    const names = suggestions.body.items.map((group: { name: string }) => group.name);
    expect(names.length).toBeLessThanOrEqual(10);
    expect(names).toContain('Closed flow');
    expect(names).not.toContain('Secret flow');
    expect((await api(alice).get('/groups/suggestions').expect(200)).body.items.map((g: { name: string }) => g.name)).not.toContain('Closed flow');
  });
});
