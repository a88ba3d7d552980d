import { INestApplication } from '@nestjs/common';
import type { Profile } from '@moot/contracts';
import request from 'supertest';
import { UserEntity } from '../src/users/user.entity';
import { createUser, signInAs, SignedIn } from './factories';
import { PeopleFixtures } from './people-fixtures';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('people: profiles', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let fixtures: PeopleFixtures;
  let person: UserEntity;
  let colleague: UserEntity;
  let admin: UserEntity;
  let asPerson: SignedIn;
  let asColleague: SignedIn;
  let asAdmin: SignedIn;

  const api = () => request(app.getHttpServer());
  const get = (path: string, as: SignedIn) => api().get(path).set('Cookie', as.cookie);
  const patch = (path: string, as: SignedIn, body: object) => api().patch(path).set('Cookie', as.cookie).set('x-csrf-token', as.csrf).send(body);
  const profileOf = async (path: string, as: SignedIn): Promise<Profile> => (await get(path, as).expect(200)).body as Profile;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    fixtures = new PeopleFixtures(app);
    person = await createUser(app, { displayName: 'Chloe Fraser', jobTitle: 'Planning Officer' });
    colleague = await createUser(app, { displayName: 'Dev Patel' });
    admin = await createUser(app, { displayName: 'Ada Admin', role: 'admin' });
    [asPerson, asColleague, asAdmin] = await Promise.all([signInAs(app, person), signInAs(app, colleague), signInAs(app, admin)]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('shows your own profile with a completeness prompt, most useful missing fields first', async () => {
    const profile = await profileOf('/api/people/me', asPerson);
    expect(profile).toMatchObject({ id: person.id, displayName: 'Chloe Fraser', email: person.email, isMe: true, canEdit: true, formerColleague: false });
    expect(profile.completeness).toEqual({ percent: 0, missing: ['avatar', 'bio', 'skills', 'askMeAbout', 'location', 'workingPattern', 'pronouns', 'interests'] });
  });

  it("shows a colleague's profile without a completeness prompt and without edit rights", async () => {
    const profile = await profileOf(`/api/people/${person.id}`, asColleague);
    expect(profile).toMatchObject({ id: person.id, email: person.email, isMe: false, canEdit: false, completeness: null, bio: null, hiddenFields: null });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    const unknown = await get('/api/people/00000000-0000-4000-8000-000000000000', asColleague).expect(404);
    expect(unknown.body.code).toBe('PEOPLE_NOT_FOUND');
    await get('/api/people/not-a-uuid', asColleague).expect(404);
    await patch('/api/people/not-a-uuid', asAdmin, { pronouns: 'they/them' }).expect(404);
  });

  it('leaves /api/people/suggestions and /api/people/me/mentoring to the directory, not taken for a profile id', async () => {
    for (const path of ['/api/people/suggestions', '/api/people/me/mentoring']) {
      const response = await get(path, asColleague);
      expect(response.body.code).not.toBe('PEOPLE_NOT_FOUND');
    }
  });

  it('lets a person fill in their profile, trimming and de-duplicating topics', async () => {
    const response = await patch('/api/people/me', asPerson, {
      displayName: '  Chloe Fraser ',
      pronouns: 'she/her',
      location: 'Town Hall, floor 2',
      workingPattern: 'Mon–Thu',
      phone: '+44 (0)1632 960123',
      askMeAbout: [' Local plan ', 'local PLAN', 'Consultations'],
      interests: ['Cycling'],
      contactPreference: { method: 'teams', note: ' Mornings are best ' },
    }).expect(200);
    expect(response.body).toMatchObject({
      displayName: 'Chloe Fraser',
      askMeAbout: ['Local plan', 'Consultations'],
      contactPreference: { method: 'teams', note: 'Mornings are best' },
      completeness: { missing: ['avatar', 'bio', 'skills'] },
    });
  });

  it('hides hidden fields from colleagues, but the person and admins still see them', async () => {
    await patch('/api/people/me', asPerson, { hiddenFields: ['phone', 'location'] }).expect(200);
    const seenByColleague = await profileOf(`/api/people/${person.id}`, asColleague);
    expect(seenByColleague).toMatchObject({ phone: null, location: null, pronouns: 'she/her', hiddenFields: null });
    const seenBySelf = await profileOf('/api/people/me', asPerson);
    expect(seenBySelf).toMatchObject({ phone: '+44 (0)1632 960123', location: 'Town Hall, floor 2', hiddenFields: ['phone', 'location'] });
    const seenByAdmin = await profileOf(`/api/people/${person.id}`, asAdmin);
    expect(seenByAdmin).toMatchObject({ phone: '+44 (0)1632 960123', location: 'Town Hall, floor 2', hiddenFields: ['phone', 'location'], canEdit: true });
  });

  it('stores a bio as written but renders script and HTML injection inert', async () => {
    const bio = [
      '**Planning** at [Northbridge](https://northbridge.example)',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click](javascript:alert(1))',
      '<svg onload=alert(1)>',
      '<a href="data:text/html,<script>alert(1)</script>">data</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<p style="color:red" onclick="alert(1)">styled</p>',
    ].join('\n\n');
    const response = await patch('/api/people/me', asPerson, { bio }).expect(200);
    expect(response.body.bio).toBe(bio);
    const { bioHtml } = await profileOf(`/api/people/${person.id}`, asColleague);
    expect(bioHtml).toContain('<strong>Planning</strong>');
    expect(bioHtml).toContain('<a href="https://northbridge.example" rel="noopener noreferrer nofollow">Northbridge</a>');
    expect(bioHtml).not.toMatch(/<(script|img|svg|iframe)\b/i);
    expect(bioHtml).not.toMatch(/<[^>]+\s(on\w+|style|src)=/i);
    expect(bioHtml).not.toMatch(/<a [^>]*href="(javascript|data):/i);
  });

  it("refuses a member editing someone else's profile (403)", async () => {
    const response = await patch(`/api/people/${person.id}`, asColleague, { displayName: 'Hacked' }).expect(403);
    expect(response.body.code).toBe('PEOPLE_CANNOT_EDIT_PROFILE');
    expect((await profileOf(`/api/people/${person.id}`, asColleague)).displayName).toBe('Chloe Fraser');
  });

  it('refuses a member changing their own job title, department or manager (403): those come from the IdP', async () => {
    const response = await patch('/api/people/me', asColleague, { jobTitle: 'Chief Executive', managerId: null }).expect(403);
    expect(response.body.code).toBe('PEOPLE_IDENTITY_FIELDS_ADMIN_ONLY');
    expect(response.body.message).toMatch(/jobTitle, managerId .*site admin/);
  });

  it("lets an admin correct another person's profile and audits the changed field names", async () => {
    const departmentId = await fixtures.department('Planning and Building Control');
    const response = await patch(`/api/people/${person.id}`, asAdmin, { jobTitle: 'Senior Planning Officer', departmentId, managerId: colleague.id, pronouns: 'she/her' }).expect(200);
    expect(response.body).toMatchObject({
      jobTitle: 'Senior Planning Officer',
      department: { id: departmentId, name: 'Planning and Building Control' },
      manager: { id: colleague.id, displayName: 'Dev Patel', formerColleague: false },
      isMe: false,
      canEdit: true,
    });
    const events = await fixtures.auditEvents(person.id);
    expect(events).toEqual([{ action: 'profile.admin_update', actor_user_id: admin.id, details: { fields: ['departmentId', 'jobTitle', 'managerId'] } }]);
  });

  it('refuses an unknown department, an inactive manager or oneself as manager with field-level 400s', async () => {
    const department = await patch(`/api/people/${person.id}`, asAdmin, { departmentId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(department.body.errors).toEqual([{ field: 'departmentId', messages: [expect.stringMatching(/existing department/)] }]);
    const former = await createUser(app, { status: 'deactivated' });
    const manager = await patch(`/api/people/${person.id}`, asAdmin, { managerId: former.id }).expect(400);
    expect(manager.body.errors[0].field).toBe('managerId');
    const self = await patch(`/api/people/${person.id}`, asAdmin, { managerId: person.id }).expect(400);
    expect(self.body.errors[0].messages[0]).toMatch(/cannot be the person themselves/);
  });

  it('answers invalid input with field-level 400s and changes nothing', async () => {
    const response = await patch('/api/people/me', asPerson, {
      displayName: '   ',
      askMeAbout: Array.from({ length: 11 }, (_, i) => `Topic ${i}`),
      interests: ['x'.repeat(61)],
      phone: 'call me maybe',
      bio: 'b'.repeat(2001),
      hiddenFields: ['email'],
      contactPreference: { method: 'pigeon' },
      departmentId: 'planning',
      favouriteColour: 'green',
    }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field).sort();
    expect(fields).toEqual(['askMeAbout', 'bio', 'contactPreference.method', 'departmentId', 'displayName', 'favouriteColour', 'hiddenFields', 'interests', 'phone']);
    expect((await profileOf('/api/people/me', asPerson)).askMeAbout).toEqual(['Local plan', 'Consultations']);
  });

  it('needs the CSRF header to change a profile', async () => {
    await api().patch('/api/people/me').set('Cookie', asPerson.cookie).send({ pronouns: 'they/them' }).expect(403);
  });

  it('lists skills by endorsement count then name, with whether you endorsed each, and learning goals', async () => {
    const [writing, gis, chairing] = await Promise.all([fixtures.skill(person, 'Plain English'), fixtures.skill(person, 'GIS mapping', true), fixtures.skill(person, 'Chairing meetings')]);
    await fixtures.endorse(colleague, person, gis);
    await fixtures.endorse(admin, person, gis);
    await fixtures.endorse(admin, person, writing);
    await fixtures.learning(person, 'Webchat moderation');
    const profile = await profileOf(`/api/people/${person.id}`, asColleague);
    expect(profile.skills).toEqual([
      { id: gis, name: 'GIS mapping', endorsementCount: 2, endorsedByMe: true, offersHelp: true },
      { id: writing, name: 'Plain English', endorsementCount: 1, endorsedByMe: false, offersHelp: false },
      { id: chairing, name: 'Chairing meetings', endorsementCount: 0, endorsedByMe: false, offersHelp: false },
    ]);
    expect(profile.learning).toEqual([{ id: expect.any(String), name: 'Webchat moderation' }]);
  });
});
