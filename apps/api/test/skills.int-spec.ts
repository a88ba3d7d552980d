import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { EndorsersResponse, ProfileSkill, SkillRef, SkillSuggestionsResponse } from '@moot/contracts';
import { UserEntity } from '../src/users/user.entity';
import { SignedIn, signInAs } from './factories';
import { createPerson, deactivate, skillId } from './people/people-builders';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('Skills exchange', () => {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const server = () => request(app.getHttpServer());
  const send = (method: 'post' | 'put' | 'delete', path: string, as: SignedIn) =>
    server()[method](path).set('Cookie', as.cookie).set('x-csrf-token', as.csrf);
  const count = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = await app.get(DataSource).query(sql, params);
    return row.count;
  };

  async function signedInPerson(spec: Parameters<typeof createPerson>[1] = {}): Promise<{ user: UserEntity; auth: SignedIn }> {
    const user = await createPerson(app, spec);
    return { user, auth: await signInAs(app, user) };
  }

  describe('POST /api/people/me/skills', () => {
    it('normalises names into one vocabulary entry, displayed as its first writer typed it', async () => {
      const first = await signedInPerson();
      const second = await signedInPerson();

      const created = await send('post', '/api/people/me/skills', first.auth).send({ name: '  Webchat   Moderation ' }).expect(201);
      const again = await send('post', '/api/people/me/skills', second.auth).send({ name: 'webchat moderation', offersHelp: true }).expect(201);

      expect(created.body).toEqual({ id: expect.any(String), name: 'Webchat Moderation', offersHelp: false, endorsementCount: 0, endorsedByMe: false } satisfies ProfileSkill);
      expect(again.body).toMatchObject({ id: created.body.id, name: 'Webchat Moderation', offersHelp: true });
      await expect(count(`SELECT count(*)::int AS count FROM skills WHERE normalised_name = 'webchat moderation'`, [])).resolves.toBe(1);
    });

    it('updates "I can help with" when a listed skill is added again, and keeps it when not given', async () => {
      const { auth } = await signedInPerson();
      await send('post', '/api/people/me/skills', auth).send({ name: 'Minute taking' }).expect(201);
      await send('post', '/api/people/me/skills', auth).send({ name: 'minute taking', offersHelp: true }).expect(201);
      const kept = await send('post', '/api/people/me/skills', auth).send({ name: 'Minute Taking' }).expect(201);
      expect(kept.body.offersHelp).toBe(true);
    });

    it.each([
      ['longer than 50 characters', 'x'.repeat(51)],
      ['only spaces', '   \t '],
    ])('refuses a name %s with a 400 on the name field', async (_case, name) => {
      const { auth } = await signedInPerson();
      const response = await send('post', '/api/people/me/skills', auth).send({ name }).expect(400);
      expect(response.body.errors).toEqual([{ field: 'name', messages: [expect.any(String)] }]);
    });

    it('accepts exactly 50 characters once spaces are collapsed', async () => {
      const { auth } = await signedInPerson();
      await send('post', '/api/people/me/skills', auth).send({ name: `  ${'y'.repeat(50)}  ` }).expect(201);
    });
  });

  describe('DELETE /api/people/me/skills/:skillId', () => {
    it('removes the skill and its endorsements', async () => {
      const { user, auth } = await signedInPerson({ skills: ['Quilting'] });
      const endorser = await signedInPerson();
      const quilting = await skillId(app, 'Quilting');
      await send('put', `/api/people/${user.id}/skills/${quilting}/endorsement`, endorser.auth).expect(204);

      await send('delete', `/api/people/me/skills/${quilting}`, auth).expect(204);

      await expect(count(`SELECT count(*)::int AS count FROM skill_endorsements WHERE user_id = $1`, [user.id])).resolves.toBe(0);
      await expect(count(`SELECT count(*)::int AS count FROM user_skills WHERE user_id = $1`, [user.id])).resolves.toBe(0);
    });
  });

  describe('POST and DELETE /api/people/me/learning', () => {
    it('adds a learning goal from the shared vocabulary, and removes it', async () => {
      const { user, auth } = await signedInPerson();
      const added = await send('post', '/api/people/me/learning', auth).send({ name: ' Sign   language ' }).expect(201);
      expect(added.body).toEqual({ id: expect.any(String), name: 'Sign language' } satisfies SkillRef);
      await send('post', '/api/people/me/learning', auth).send({ name: 'sign language' }).expect(201);
      await expect(count(`SELECT count(*)::int AS count FROM learning_goals WHERE user_id = $1`, [user.id])).resolves.toBe(1);

      await send('delete', `/api/people/me/learning/${added.body.id}`, auth).expect(204);
      await expect(count(`SELECT count(*)::int AS count FROM learning_goals WHERE user_id = $1`, [user.id])).resolves.toBe(0);
    });
  });

  describe('GET /api/skills', () => {
    it('suggests prefix matches before substring matches, then by how many active people list them', async () => {
      await createPerson(app, { skills: ['Zymurgy basics'] });
      await createPerson(app, { skills: ['Applied zymurgy'] });
      await createPerson(app, { skills: ['Applied zymurgy'] });
      await deactivate(app, await createPerson(app, { skills: ['Zymurgy advanced', 'Zymurgy basics'] }));
      const { auth } = await signedInPerson();

      const response = await server().get('/api/skills').query({ q: ' ZYMURGY ' }).set('Cookie', auth.cookie).expect(200);

      expect((response.body as SkillSuggestionsResponse).skills.map((skill) => [skill.name, skill.peopleCount])).toEqual([
        ['Zymurgy basics', 1],
        ['Zymurgy advanced', 0],
        ['Applied zymurgy', 2],
      ]);
    });

    it('treats wildcards in the text literally', async () => {
      const { auth } = await signedInPerson();
      const response = await server().get('/api/skills').query({ q: '%' }).set('Cookie', auth.cookie).expect(200);
      expect(response.body).toEqual({ skills: [] });
    });
  });

  describe('endorsements', () => {
    const endorsementPath = (person: UserEntity, skill: string) => `/api/people/${person.id}/skills/${skill}/endorsement`;

    it('records one endorsement per endorser per skill, however often it is sent', async () => {
      const { user } = await signedInPerson({ skills: ['Calligraphy'] });
      const endorser = await signedInPerson();
      const calligraphy = await skillId(app, 'Calligraphy');

      await send('put', endorsementPath(user, calligraphy), endorser.auth).expect(204);
      await send('put', endorsementPath(user, calligraphy), endorser.auth).expect(204);

      await expect(count(`SELECT count(*)::int AS count FROM skill_endorsements WHERE user_id = $1`, [user.id])).resolves.toBe(1);
    });

    it('refuses endorsing yourself (400) and a skill the person does not list (404)', async () => {
      const { user, auth } = await signedInPerson({ skills: ['Juggling'] });
      const other = await signedInPerson();
      await send('put', endorsementPath(user, await skillId(app, 'Juggling')), auth).expect(400);
      await send('put', endorsementPath(user, await skillId(app, 'Unicycling')), other.auth).expect(404);
      await send('put', endorsementPath(user, 'not-a-skill'), other.auth).expect(404);
      await send('put', `/api/people/not-a-person/skills/${await skillId(app, 'Juggling')}/endorsement`, other.auth).expect(404);
    });

    it('does not endorse a deactivated colleague (404)', async () => {
      const { user } = await signedInPerson({ skills: ['Fencing'] });
      const other = await signedInPerson();
      await deactivate(app, user);
      await send('put', endorsementPath(user, await skillId(app, 'Fencing')), other.auth).expect(404);
    });

    it('lists who endorsed a skill by name, leaving out deactivated colleagues, and lets an endorsement be withdrawn', async () => {
      const { user } = await signedInPerson({ skills: ['Archery'] });
      const archery = await skillId(app, 'Archery');
      const zoe = await signedInPerson({ displayName: 'Zoe Endorser' });
      const adam = await signedInPerson({ displayName: 'Adam Endorser' });
      const gone = await signedInPerson({ displayName: 'Gone Endorser' });
      for (const endorser of [zoe, adam, gone]) await send('put', endorsementPath(user, archery), endorser.auth).expect(204);
      await deactivate(app, gone.user);

      const listed = await server().get(`/api/people/${user.id}/skills/${archery}/endorsements`).set('Cookie', zoe.auth.cookie).expect(200);
      const body = listed.body as EndorsersResponse;
      expect(body.skill).toEqual({ id: archery, name: 'Archery' });
      expect(body.endorsers.map((person) => person.displayName)).toEqual(['Adam Endorser', 'Zoe Endorser']);

      await send('delete', endorsementPath(user, archery), zoe.auth).expect(204);
      await send('delete', endorsementPath(user, archery), zoe.auth).expect(204);
      const after = await server().get(`/api/people/${user.id}/skills/${archery}/endorsements`).set('Cookie', zoe.auth.cookie).expect(200);
      expect((after.body as EndorsersResponse).endorsers.map((person) => person.displayName)).toEqual(['Adam Endorser']);
    });
  });
});
