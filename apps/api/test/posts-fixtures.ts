import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUser, signInAs, SignedIn } from './factories';

export type Person = SignedIn & { id: string; email: string };

/** Small helpers for the discussion specs: signed-in people, groups and API calls. */
export function postsFixtures(app: () => INestApplication) {
  const api = (as: SignedIn) => {
    const server = app().getHttpServer();
    const withAuth = (test: request.Test) => test.set('Cookie', as.cookie).set('x-csrf-token', as.csrf);
    return {
      get: (path: string) => withAuth(request(server).get(`/api${path}`)),
      post: (path: string, body: object = {}) => withAuth(request(server).post(`/api${path}`)).send(body),
      patch: (path: string, body: object) => withAuth(request(server).patch(`/api${path}`)).send(body),
      put: (path: string, body: object = {}) => withAuth(request(server).put(`/api${path}`)).send(body),
      delete: (path: string) => withAuth(request(server).delete(`/api${path}`)),
    };
  };
  const person = async (overrides: Record<string, unknown> = {}): Promise<Person> => {
    const user = await createUser(app(), overrides);
    return { ...(await signInAs(app(), user)), id: user.id, email: user.email };
  };
  /** A group owned by `owner`, with members added directly (role member unless given). */
  const group = async (
    owner: Person,
    type: 'open' | 'closed' | 'secret',
    members: { person: Person; role?: 'member' | 'manager' }[] = [],
    settings: Record<string, unknown> = {},
  ): Promise<{ id: string; slug: string }> => {
    const created = await api(owner).post('/groups', { name: `Group ${Math.random().toString(36).slice(2, 8)}`, type, settings }).expect(201);
    const sql = app().get(DataSource);
    for (const member of members) {
      await sql.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, $3)`, [created.body.id, member.person.id, member.role ?? 'member']);
    }
    return { id: created.body.id, slug: created.body.slug };
  };
  const createPost = async (as: SignedIn, body: Record<string, unknown>) => (await api(as).post('/posts', { type: 'discussion', ...body }).expect(201)).body;
  return { api, person, group, createPost };
}
