import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UserEntity } from '../src/users/user.entity';
import { createUser, signInAs, SignedIn } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('people: follows', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let person: UserEntity;
  let follower: UserEntity;
  let asFollower: SignedIn;
  let asPerson: SignedIn;

  const api = () => request(app.getHttpServer());
  const follow = (id: string, as: SignedIn) => api().put(`/api/people/${id}/follow`).set('Cookie', as.cookie).set('x-csrf-token', as.csrf);
  const unfollow = (id: string, as: SignedIn) => api().delete(`/api/people/${id}/follow`).set('Cookie', as.cookie).set('x-csrf-token', as.csrf);
  const followFactsOf = async (id: string, as: SignedIn): Promise<{ followedByMe: boolean; followerCount: number }> => {
    const { body } = await api().get(`/api/people/${id}`).set('Cookie', as.cookie).expect(200);
    return { followedByMe: body.followedByMe, followerCount: body.followerCount };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    person = await createUser(app, { displayName: 'Zara Ahmed' });
    follower = await createUser(app);
    [asPerson, asFollower] = await Promise.all([signInAs(app, person), signInAs(app, follower)]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('follows a colleague (204), idempotently, and the profile shows it', async () => {
    await follow(person.id, asFollower).expect(204);
    await follow(person.id, asFollower).expect(204);
    await expect(followFactsOf(person.id, asFollower)).resolves.toEqual({ followedByMe: true, followerCount: 1 });
    await expect(followFactsOf(person.id, asPerson)).resolves.toEqual({ followedByMe: false, followerCount: 1 });
  });

  it('counts every follower', async () => {
    const another = await signInAs(app, await createUser(app));
    await follow(person.id, another).expect(204);
    await expect(followFactsOf(person.id, asPerson)).resolves.toEqual({ followedByMe: false, followerCount: 2 });
    await unfollow(person.id, another).expect(204);
  });

  it('lists the people you follow as summaries', async () => {
    const { body } = await api().get('/api/people/me/following').set('Cookie', asFollower.cookie).expect(200);
    expect(body).toEqual({ people: [{ id: person.id, displayName: 'Zara Ahmed', jobTitle: null, department: null, avatarUrl: null, formerColleague: false }] });
  });

  it('unfollows (204), idempotently, and the count drops', async () => {
    await unfollow(person.id, asFollower).expect(204);
    await unfollow(person.id, asFollower).expect(204);
    await expect(followFactsOf(person.id, asFollower)).resolves.toEqual({ followedByMe: false, followerCount: 0 });
  });

  it('refuses following yourself (400)', async () => {
    const response = await follow(person.id, asPerson).expect(400);
    expect(response.body).toMatchObject({ code: 'PEOPLE_CANNOT_FOLLOW_SELF', message: 'You cannot follow yourself.' });
  });

  it('answers 404 for following an unknown, malformed or deactivated person', async () => {
    await follow('00000000-0000-4000-8000-000000000000', asFollower).expect(404);
    await follow('someone', asFollower).expect(404);
    const former = await createUser(app, { status: 'deactivated' });
    const response = await follow(former.id, asFollower).expect(404);
    expect(response.body.code).toBe('PEOPLE_NOT_FOUND');
  });

  it('stops counting a follower once they are deactivated, but still lets people unfollow a former colleague', async () => {
    const leaver = await createUser(app);
    await follow(person.id, await signInAs(app, leaver)).expect(204);
    await follow(leaver.id, asFollower).expect(204);
    await app.get(DataSource).query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [leaver.id]);
    await expect(followFactsOf(person.id, asPerson)).resolves.toEqual({ followedByMe: false, followerCount: 0 });
    await unfollow(leaver.id, asFollower).expect(204);
  });

  it('needs the CSRF header to follow', async () => {
    await api().put(`/api/people/${person.id}/follow`).set('Cookie', asFollower.cookie).expect(403);
  });

  it('is for signed-in staff only', async () => {
    await api().get('/api/people/me/following').expect(401);
    await api().get(`/api/people/${person.id}`).expect(401);
  });
});
