import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DepartmentsResponse, DirectoryPage, MentoringMatches, PeopleSuggestions } from '@moot/contracts';
import { createUser, SignedIn, signInAs } from './factories';
import { createDepartment, createPerson, deactivate, endorse } from './people/people-builders';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

describe('People directory', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let viewer: SignedIn;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    viewer = await signInAs(app, await createUser(app, { displayName: 'Viewing Person' }));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const get = (path: string, query: Record<string, string | number> = {}, as: SignedIn = viewer) =>
    request(app.getHttpServer()).get(path).query(query).set('Cookie', as.cookie);
  const search = async (query: Record<string, string | number>): Promise<DirectoryPage> => {
    const response = await get('/api/people', query).expect(200);
    return response.body as DirectoryPage;
  };
  const names = (page: DirectoryPage): string[] => page.items.map((item) => item.displayName);

  describe('GET /api/people', () => {
    it('ranks an exact name, then a name start, then a skill, then an ask-me-about topic', async () => {
      await createPerson(app, { displayName: 'Aaron Topical', askMeAbout: ['Running the webchat rota'] });
      await createPerson(app, { displayName: 'Abigail Skilled', skills: ['Webchat moderation'] });
      await createPerson(app, { displayName: 'Webchatter Jones' });
      await createPerson(app, { displayName: 'Webchat' });

      const page = await search({ q: 'webchat' });

      expect(names(page)).toEqual(['Webchat', 'Webchatter Jones', 'Abigail Skilled', 'Aaron Topical']);
      expect(page.items[2].matchedSkills).toEqual(['Webchat moderation']);
      expect(page.items[3].askMeAbout).toEqual(['Running the webchat rota']);
      expect(page.nextCursor).toBeNull();
    });

    it('matches the start of any word of a name', async () => {
      await createPerson(app, { displayName: 'Olusegun Quarrington-Bly' });
      await expect(search({ q: 'quarr' }).then(names)).resolves.toEqual(['Olusegun Quarrington-Bly']);
      await expect(search({ q: 'bly' }).then(names)).resolves.toEqual(['Olusegun Quarrington-Bly']);
    });

    it('combines filters: a skill (normalised) within a department', async () => {
      const planning = await createDepartment(app, 'Planning Filters');
      const housing = await createDepartment(app, 'Housing Filters');
      await createPerson(app, { displayName: 'Kiln Planner', departmentId: planning.id, skills: ['Kiln firing'] });
      await createPerson(app, { displayName: 'Kiln Houser', departmentId: housing.id, skills: ['Kiln firing'] });
      await createPerson(app, { displayName: 'Other Planner', departmentId: planning.id, skills: ['Pottery'] });

      const page = await search({ skill: '  KILN   firing ', department: planning.slug });

      expect(names(page)).toEqual(['Kiln Planner']);
      expect(page.items[0].matchedSkills).toEqual(['Kiln firing']);
      expect(page.items[0].department).toEqual({ id: planning.id, name: planning.name, slug: planning.slug });
    });

    it('finds people by topic or interest, case-insensitively', async () => {
      await createPerson(app, { displayName: 'Topic Holder', askMeAbout: ['Bell ringing'] });
      await createPerson(app, { displayName: 'Interest Holder', interests: ['Change-ringing BELLS'] });
      await expect(search({ topic: 'bell' }).then(names)).resolves.toEqual(['Interest Holder', 'Topic Holder']);
    });

    it('leaves deactivated people out', async () => {
      const gone = await createPerson(app, { displayName: 'Vanishing Vera', skills: ['Vanishing acts'] });
      await deactivate(app, gone);
      await expect(search({ q: 'vanishing' }).then(names)).resolves.toEqual([]);
      await expect(search({ skill: 'Vanishing acts' }).then(names)).resolves.toEqual([]);
    });

    it('does not find a hidden location, and shows it to others as null', async () => {
      await createPerson(app, { displayName: 'Shown Location', location: 'Lighthouse Annex' });
      await createPerson(app, { displayName: 'Hidden Location', location: 'Lighthouse Annex', hiddenFields: ['location'] });

      await expect(search({ location: 'lighthouse' }).then(names)).resolves.toEqual(['Shown Location']);
      const byName = await search({ q: 'Hidden Location' });
      expect(byName.items[0].location).toBeNull();
    });

    it('treats LIKE wildcards in the query as literal characters', async () => {
      await createPerson(app, { displayName: 'Hundred % Effort' });
      await expect(search({ q: '%' }).then(names)).resolves.toEqual(['Hundred % Effort']);
      await expect(search({ q: '_' }).then(names)).resolves.toEqual([]);
      await expect(search({ q: '\\' }).then(names)).resolves.toEqual([]);
    });

    it('pages by keyset: every match exactly once, even when names tie', async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 7; i++) ids.add((await createPerson(app, { displayName: 'Tied Namesake' })).id);

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: DirectoryPage = await search({ q: 'tied namesake', limit: 3, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);

      expect(pages).toBe(3);
      expect(seen).toHaveLength(7);
      expect(new Set(seen)).toEqual(ids);
    });

    it('refuses a tampered cursor with a 400 on the cursor field', async () => {
      const response = await get('/api/people', { cursor: 'eyJub3QiOiJhIGN1cnNvciJ9' }).expect(400);
      expect(response.body.errors).toEqual([{ field: 'cursor', messages: [expect.any(String)] }]);
    });

    it('refuses a limit outside 1–50 and an overlong query', async () => {
      await get('/api/people', { limit: 0 }).expect(400);
      await get('/api/people', { limit: 51 }).expect(400);
      await get('/api/people', { q: 'x'.repeat(101) }).expect(400);
    });

    it('is for signed-in staff only', async () => {
      await request(app.getHttpServer()).get('/api/people').expect(401);
    });
  });

  describe('GET /api/departments', () => {
    it('lists departments alphabetically with counts of active people only', async () => {
      const zebra = await createDepartment(app, 'Zz Counting');
      const alpha = await createDepartment(app, 'Zy Counting');
      await createPerson(app, { departmentId: zebra.id });
      await createPerson(app, { departmentId: zebra.id });
      await deactivate(app, await createPerson(app, { departmentId: zebra.id }));

      const { departments } = (await get('/api/departments').expect(200)).body as DepartmentsResponse;

      const counting = departments.filter((department) => department.name.endsWith('Counting'));
      expect(counting).toEqual([
        { id: alpha.id, name: 'Zy Counting', slug: alpha.slug, peopleCount: 0 },
        { id: zebra.id, name: 'Zz Counting', slug: zebra.slug, peopleCount: 2 },
      ]);
    });
  });

  describe('GET /api/people/suggestions', () => {
    it('suggests people like you, favouring other departments, never yourself or deactivated people', async () => {
      const mine = await createDepartment(app, 'Suggestions Mine');
      const theirs = await createDepartment(app, 'Suggestions Theirs');
      const me = await createPerson(app, { displayName: 'Suggest Me', departmentId: mine.id, skills: ['Origami'], askMeAbout: ['Kites'] });
      await createPerson(app, { displayName: 'Aa Same Department', departmentId: mine.id, skills: ['Origami'] });
      await createPerson(app, { displayName: 'Zz Other Department', departmentId: theirs.id, askMeAbout: ['kites'] });
      await deactivate(app, await createPerson(app, { displayName: 'Gone Folder', departmentId: theirs.id, skills: ['Origami'], askMeAbout: ['Kites'] }));

      const body = (await get('/api/people/suggestions', {}, await signInAs(app, me)).expect(200)).body as PeopleSuggestions;

      expect(body.likeYou.map((person) => person.displayName)).toEqual(['Zz Other Department', 'Aa Same Department']);
      expect(body.outsideYourDepartment).toEqual([]);
    });

    it('with a skill, suggests people outside your department who know it, most endorsed first', async () => {
      const mine = await createDepartment(app, 'Outside Mine');
      const theirs = await createDepartment(app, 'Outside Theirs');
      const me = await createPerson(app, { departmentId: mine.id });
      await createPerson(app, { displayName: 'Same Desk', departmentId: mine.id, skills: ['Bookbinding'] });
      await createPerson(app, { displayName: 'Aa Unendorsed', departmentId: theirs.id, skills: ['Bookbinding'] });
      const endorsed = await createPerson(app, { displayName: 'Zz Endorsed', departmentId: theirs.id, skills: ['Bookbinding'] });
      await endorse(app, await createPerson(app), endorsed, 'Bookbinding');

      const body = (await get('/api/people/suggestions', { skill: 'bookbinding' }, await signInAs(app, me)).expect(200)).body as PeopleSuggestions;

      expect(body.outsideYourDepartment.map((person) => person.displayName)).toEqual(['Zz Endorsed', 'Aa Unendorsed']);
    });
  });

  describe('GET /api/people/me/mentoring', () => {
    it('pairs a learner with helpers, another department first', async () => {
      const mine = await createDepartment(app, 'Mentoring Mine');
      const theirs = await createDepartment(app, 'Mentoring Theirs');
      const learner = await createPerson(app, { displayName: 'Keen Learner', departmentId: mine.id, learning: ['Beekeeping'] });
      await createPerson(app, { displayName: 'Aa Near Helper', departmentId: mine.id, skills: [{ name: 'Beekeeping', offersHelp: true }] });
      const far = await createPerson(app, { displayName: 'Zz Far Helper', departmentId: theirs.id, skills: [{ name: 'Beekeeping', offersHelp: true }] });
      await createPerson(app, { displayName: 'Not Offering', departmentId: theirs.id, skills: ['Beekeeping'] });

      const forLearner = (await get('/api/people/me/mentoring', {}, await signInAs(app, learner)).expect(200)).body as MentoringMatches;
      expect(forLearner.canHelpYou.map((match) => [match.person.displayName, match.crossesDepartments])).toEqual([
        ['Zz Far Helper', true],
        ['Aa Near Helper', false],
      ]);
      expect(forLearner.canHelpYou[0].skills).toEqual([{ id: expect.any(String), name: 'Beekeeping' }]);

      const forHelper = (await get('/api/people/me/mentoring', {}, await signInAs(app, far)).expect(200)).body as MentoringMatches;
      expect(forHelper.youCanHelp.map((match) => match.person.displayName)).toEqual(['Keen Learner']);
      expect(forHelper.canHelpYou).toEqual([]);
    });
  });
});
