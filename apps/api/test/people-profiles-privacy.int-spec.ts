import { INestApplication } from '@nestjs/common';
import type { Profile } from '@moot/contracts';
import request from 'supertest';
import { UserEntity } from '../src/users/user.entity';
import { createUser, signInAs, SignedIn } from './factories';
import { PeopleFixtures } from './people-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

/** What a profile reveals about groups and posts depends on the viewer (PRODUCT.md principle 3). */
describe('people: profile privacy', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let fixtures: PeopleFixtures;
  let person: UserEntity;
  let asOutsider: SignedIn;
  let asSecretMember: SignedIn;
  let asAdmin: SignedIn;
  let groups: Record<'open' | 'closed' | 'secret', { id: string; name: string }>;

  const profileOf = async (id: string, as: SignedIn): Promise<Profile> =>
    (await request(app.getHttpServer()).get(`/api/people/${id}`).set('Cookie', as.cookie).expect(200)).body as Profile;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    fixtures = new PeopleFixtures(app);
    person = await createUser(app, { displayName: 'Priya Shah' });
    const outsider = await createUser(app);
    const secretMember = await createUser(app);
    const admin = await createUser(app, { role: 'admin' });
    groups = {
      open: await fixtures.group('open', person, 'Comms network'),
      closed: await fixtures.group('closed', person, 'Budget working group'),
      secret: await fixtures.group('secret', person, 'Restructure planning'),
    };
    await fixtures.member(groups.open, person, 'owner');
    await fixtures.member(groups.closed, person);
    await fixtures.member(groups.secret, person, 'manager');
    await fixtures.member(groups.secret, secretMember);
    await fixtures.post(person, null, 'On my **profile**: hello all', 5);
    await fixtures.post(person, groups.open, 'Open news: the [consultation](https://x.example) opens', 4);
    await fixtures.post(person, groups.closed, 'Closed: budget figures', 3);
    await fixtures.post(person, groups.secret, 'Secret: restructure dates', 2);
    [asOutsider, asSecretMember, asAdmin] = await Promise.all([signInAs(app, outsider), signInAs(app, secretMember), signInAs(app, admin)]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it("shows a non-member only the person's open groups, never closed or secret memberships", async () => {
    const profile = await profileOf(person.id, asOutsider);
    expect(profile.groups).toEqual([{ id: groups.open.id, slug: expect.any(String), name: 'Comms network', visibility: 'open', role: 'owner' }]);
  });

  it('shows a member of the secret group that group too, but not the closed one they are not in', async () => {
    const profile = await profileOf(person.id, asSecretMember);
    expect(profile.groups.map((group) => group.name)).toEqual(['Comms network', 'Restructure planning']);
  });

  it('gives a site admin no silent view of closed or secret memberships', async () => {
    const profile = await profileOf(person.id, asAdmin);
    expect(profile.groups.map((group) => group.name)).toEqual(['Comms network']);
  });

  it('shows the person all of their own groups', async () => {
    const profile = await profileOf(person.id, await signInAs(app, person));
    expect(profile.groups.map((group) => group.visibility).sort()).toEqual(['closed', 'open', 'secret']);
  });

  it('lists only the posts a non-member may read: profile posts and open groups, newest first, as plain excerpts', async () => {
    const profile = await profileOf(person.id, asOutsider);
    expect(profile.recentActivity).toEqual([
      { kind: 'post', id: expect.any(String), groupId: groups.open.id, groupName: 'Comms network', excerpt: 'Open news: the consultation opens', createdAt: expect.any(String) },
      { kind: 'post', id: expect.any(String), groupId: null, groupName: null, excerpt: 'On my profile: hello all', createdAt: expect.any(String) },
    ]);
  });

  it("shows a secret group's member the secret posts too, but not the closed group's", async () => {
    const profile = await profileOf(person.id, asSecretMember);
    expect(profile.recentActivity.map((item) => item.excerpt)).toEqual(['Secret: restructure dates', 'Open news: the consultation opens', 'On my profile: hello all']);
  });

  it('keeps recent activity to the latest ten posts, each excerpt at most 280 characters', async () => {
    const author = await createUser(app);
    for (let i = 0; i < 12; i++) await fixtures.post(author, null, `Post ${i} ${'word '.repeat(100)}`, 100 - i);
    const profile = await profileOf(author.id, asOutsider);
    expect(profile.recentActivity).toHaveLength(10);
    expect(profile.recentActivity[0].excerpt).toMatch(/^Post 11 /);
    for (const item of profile.recentActivity) expect(item.excerpt.length).toBeLessThanOrEqual(280);
  });

  it('shows a deactivated person as a former colleague: their name, and nothing else', async () => {
    const manager = await createUser(app);
    const former = await createUser(app, { displayName: 'Old Hand', jobTitle: 'Officer', pronouns: 'he/him', location: 'Depot', bio: 'x', bioHtml: '<p>x</p>', askMeAbout: ['Gritting'], managerId: manager.id });
    await fixtures.member(groups.open, former);
    await fixtures.post(former, null, 'Retiring soon');
    await fixtures.deactivate(former);
    const profile = await profileOf(former.id, asAdmin);
    expect(profile).toEqual({
      id: former.id,
      displayName: 'Old Hand',
      jobTitle: null,
      department: null,
      avatarUrl: null,
      formerColleague: true,
      email: '',
      pronouns: null,
      location: null,
      workingPattern: null,
      phone: null,
      bio: null,
      bioHtml: '',
      manager: null,
      askMeAbout: [],
      interests: [],
      contactPreference: { method: 'moot', note: null },
      hiddenFields: null,
      skills: [],
      learning: [],
      groups: [],
      recentActivity: [],
      followedByMe: false,
      followerCount: 0,
      isMe: false,
      canEdit: false,
      completeness: null,
    });
    await request(app.getHttpServer()).patch(`/api/people/${former.id}`).set('Cookie', asAdmin.cookie).set('x-csrf-token', asAdmin.csrf).send({ pronouns: null }).expect(404);
  });
});
