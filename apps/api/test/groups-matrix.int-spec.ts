import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUser, signInAs, SignedIn } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

/**
 * Every group endpoint × every group type × every kind of viewer. `H` means "hidden": a 404
 * whose body equals the body for a group that does not exist (nothing leaks).
 * A "requester" has a pending request (open, closed) or, in a secret group, an invitation.
 */
type GroupType = 'open' | 'closed' | 'secret';
type Role = 'nonMember' | 'requester' | 'member' | 'manager' | 'owner' | 'admin' | 'deactivated';
type Expected = number | 'H';
type Method = 'get' | 'post' | 'patch' | 'delete';

const TYPES: GroupType[] = ['open', 'closed', 'secret'];
const ROLES: Role[] = ['nonMember', 'requester', 'member', 'manager', 'owner', 'admin', 'deactivated'];
const MEMBER_ROLES: Role[] = ['member', 'manager', 'owner'];

interface Fixture {
  users: Record<Role | 'target' | 'outsider', { id: string; email: string }>;
  sessions: Record<Role, SignedIn>;
  groups: Record<GroupType, { id: string; slug: string }>;
}

const sees = (type: GroupType, role: Role): boolean => type !== 'secret' || MEMBER_ROLES.includes(role) || role === 'requester';
const seesContent = (type: GroupType, role: Role): boolean => type === 'open' || MEMBER_ROLES.includes(role);
const manages = (role: Role): boolean => role === 'manager' || role === 'owner' || role === 'admin';
const owns = (role: Role): boolean => role === 'owner' || role === 'admin';
/** A change the viewer may not make: 403 if they can see the group, else hidden. */
const denied = (type: GroupType, role: Role): Expected => (sees(type, role) ? 403 : 'H');

interface Endpoint {
  name: string;
  method: Method;
  path: (f: Fixture, type: GroupType, group: string) => string;
  body?: (f: Fixture) => object;
  mutates: boolean;
  expected: (type: GroupType, role: Role) => Expected;
}

const ENDPOINTS: Endpoint[] = [
  { name: 'GET group by id', method: 'get', path: (_f, _t, g) => `/api/groups/${g}`, mutates: false, expected: (t, r) => (sees(t, r) ? 200 : 'H') },
  { name: 'GET group by slug', method: 'get', path: (f, t, g) => `/api/groups/${g === f.groups[t].id ? f.groups[t].slug : 'no-such-group'}`, mutates: false, expected: (t, r) => (sees(t, r) ? 200 : 'H') },
  { name: 'GET members', method: 'get', path: (_f, _t, g) => `/api/groups/${g}/members`, mutates: false, expected: (t, r) => (sees(t, r) && seesContent(t, r) ? 200 : 'H') },
  { name: 'GET requests queue', method: 'get', path: (_f, _t, g) => `/api/groups/${g}/requests`, mutates: false, expected: (_t, r) => (manages(r) ? 200 : 'H') },
  { name: 'PATCH settings', method: 'patch', path: (_f, _t, g) => `/api/groups/${g}`, body: () => ({ description: 'Edited' }), mutates: true, expected: (t, r) => (manages(r) ? 200 : denied(t, r)) },
  { name: 'POST join', method: 'post', path: (_f, _t, g) => `/api/groups/${g}/join`, body: () => ({}), mutates: true, expected: (t, r) => (sees(t, r) ? 200 : 'H') },
  {
    name: 'POST leave',
    method: 'post',
    path: (_f, _t, g) => `/api/groups/${g}/leave`,
    mutates: true,
    expected: (t, r) => (!sees(t, r) ? 'H' : r === 'owner' || r === 'nonMember' || r === 'admin' ? 409 : 204),
  },
  {
    name: 'POST approve request',
    method: 'post',
    path: (f, _t, g) => `/api/groups/${g}/requests/${f.users.requester.id}/approve`,
    mutates: true,
    expected: (t, r) => (!manages(r) ? denied(t, r) : t === 'secret' ? 404 : 204),
  },
  {
    name: 'POST deny request',
    method: 'post',
    path: (f, _t, g) => `/api/groups/${g}/requests/${f.users.requester.id}/deny`,
    mutates: true,
    expected: (t, r) => (!manages(r) ? denied(t, r) : t === 'secret' ? 404 : 204),
  },
  { name: 'POST invitations', method: 'post', path: (_f, _t, g) => `/api/groups/${g}/invitations`, body: (f) => ({ userIds: [f.users.outsider.id] }), mutates: true, expected: (t, r) => (manages(r) ? 200 : denied(t, r)) },
  { name: 'PATCH member → manager', method: 'patch', path: (f, _t, g) => `/api/groups/${g}/members/${f.users.target.id}`, body: () => ({ role: 'manager' }), mutates: true, expected: (t, r) => (manages(r) ? 204 : denied(t, r)) },
  { name: 'PATCH member → owner', method: 'patch', path: (f, _t, g) => `/api/groups/${g}/members/${f.users.target.id}`, body: () => ({ role: 'owner' }), mutates: true, expected: (t, r) => (owns(r) ? 204 : denied(t, r)) },
  {
    name: 'PATCH own role → owner (self-promotion)',
    method: 'patch',
    path: (f, _t, g) => `/api/groups/${g}/members/${f.users.member.id}`,
    body: () => ({ role: 'owner' }),
    mutates: true,
    expected: (t, r) => (owns(r) ? 204 : denied(t, r)),
  },
  { name: 'DELETE member', method: 'delete', path: (f, _t, g) => `/api/groups/${g}/members/${f.users.target.id}`, mutates: true, expected: (t, r) => (manages(r) ? 204 : denied(t, r)) },
  { name: 'DELETE the last owner', method: 'delete', path: (f, _t, g) => `/api/groups/${g}/members/${f.users.owner.id}`, mutates: true, expected: (t, r) => (owns(r) ? 409 : denied(t, r)) },
  {
    name: 'POST bulk add preview',
    method: 'post',
    path: (_f, _t, g) => `/api/groups/${g}/members/bulk`,
    body: (f) => ({ emails: `${f.users.outsider.email}, nobody@northbridge.example`, preview: true }),
    mutates: false,
    expected: (t, r) => (manages(r) ? 200 : denied(t, r)),
  },
  { name: 'POST transfer ownership', method: 'post', path: (_f, _t, g) => `/api/groups/${g}/transfer-ownership`, body: (f) => ({ userId: f.users.manager.id }), mutates: true, expected: (t, r) => (owns(r) ? 204 : denied(t, r)) },
  { name: 'POST archive', method: 'post', path: (_f, _t, g) => `/api/groups/${g}/archive`, mutates: true, expected: (t, r) => (owns(r) ? 200 : denied(t, r)) },
];

describe('groups: endpoint × group type × viewer matrix', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  const f = {} as Fixture;

  const call = (method: Method, path: string, as: SignedIn, body?: object) => {
    const test = request(app.getHttpServer())[method](path).set('Cookie', as.cookie).set('x-csrf-token', as.csrf);
    return body ? test.send(body) : test;
  };
  const withoutRequestId = ({ requestId: _requestId, ...body }: Record<string, unknown>) => body;

  /** Puts memberships, requests, invitations and group rows back as beforeAll made them. */
  const resetFixtures = async (): Promise<void> => {
    const ids = TYPES.map((type) => f.groups[type].id);
    await sql.query(`UPDATE groups SET archived_at = NULL, description = '' WHERE id = ANY($1::uuid[])`, [ids]);
    await sql.query(`DELETE FROM group_memberships WHERE group_id = ANY($1::uuid[])`, [ids]);
    await sql.query(`DELETE FROM group_join_requests WHERE group_id = ANY($1::uuid[])`, [ids]);
    await sql.query(`DELETE FROM group_invitations WHERE group_id = ANY($1::uuid[])`, [ids]);
    for (const type of TYPES) {
      const group = f.groups[type].id;
      const roles: [string, string][] = [
        [f.users.owner.id, 'owner'],
        [f.users.manager.id, 'manager'],
        [f.users.member.id, 'member'],
        [f.users.target.id, 'member'],
        [f.users.deactivated.id, 'member'],
      ];
      for (const [userId, role] of roles) await sql.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, $3)`, [group, userId, role]);
      const pending = type === 'secret' ? 'group_invitations' : 'group_join_requests';
      await sql.query(`INSERT INTO ${pending} (group_id, user_id) VALUES ($1, $2)`, [group, f.users.requester.id]);
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    sql = app.get(DataSource);
    const [department] = await sql.query(`INSERT INTO departments (name, slug) VALUES ('Planning', 'planning') RETURNING id`);
    const make = (role: Role | 'target' | 'outsider') =>
      createUser(app, { role: role === 'admin' ? 'admin' : 'member', departmentId: role === 'manager' || role === 'target' ? department.id : null });
    f.users = {} as Fixture['users'];
    f.sessions = {} as Fixture['sessions'];
    for (const role of [...ROLES, 'target', 'outsider'] as const) f.users[role] = await make(role);
    for (const role of ROLES) f.sessions[role] = await signInAs(app, f.users[role]);
    await sql.query(`UPDATE users SET status = 'deactivated', deactivated_at = now() WHERE id = $1`, [f.users.deactivated.id]);
    f.groups = {} as Fixture['groups'];
    for (const type of TYPES) {
      const [row] = await sql.query(`INSERT INTO groups (slug, name, visibility) VALUES ($1, $2, $3) RETURNING id, slug`, [`matrix-${type}`, `Zqx matrix ${type}`, type]);
      f.groups[type] = row;
    }
    await resetFixtures();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  describe.each(ENDPOINTS)('$name', (endpoint) => {
    const cells = TYPES.flatMap((type) => ROLES.map((role) => [type, role] as const));

    afterEach(async () => {
      if (endpoint.mutates) await resetFixtures();
    });

    it.each(cells)('%s group, %s', async (type, role) => {
      const expected: Expected = role === 'deactivated' ? 401 : endpoint.expected(type, role);
      const body = endpoint.body?.(f);
      const response = await call(endpoint.method, endpoint.path(f, type, f.groups[type].id), f.sessions[role], body);
      expect({ status: response.status, body: response.body }).toMatchObject({ status: expected === 'H' ? 404 : expected });
      if (expected === 'H') {
        const missing = await call(endpoint.method, endpoint.path(f, type, randomUUID()), f.sessions[role], body);
        expect(missing.status).toBe(404);
        expect(withoutRequestId(response.body)).toEqual(withoutRequestId(missing.body));
        expect(response.body.code).toBe('GROUP_NOT_FOUND');
      }
    });
  });

  describe('GET /api/groups (directory) and /api/groups/suggestions', () => {
    it.each(TYPES.flatMap((type) => ROLES.map((role) => [type, role] as const)))('%s group, %s: listed only when visible', async (type, role) => {
      const directory = await call('get', '/api/groups?q=zqx%20matrix', f.sessions[role]);
      const suggestions = await call('get', '/api/groups/suggestions', f.sessions[role]);
      if (role === 'deactivated') {
        expect([directory.status, suggestions.status]).toEqual([401, 401]);
        return;
      }
      expect([directory.status, suggestions.status]).toEqual([200, 200]);
      const listed = (items: { id: string }[]) => items.some((item) => item.id === f.groups[type].id);
      expect(listed(directory.body.items)).toBe(sees(type, role));
      expect(listed(suggestions.body.items)).toBe(sees(type, role) && !MEMBER_ROLES.includes(role));
    });
  });
});
