import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { Profile } from '@moot/contracts';
import { aPerson, aProfile } from '@moot/web-testing/people';
import { configureRoutedPage, openRoutedPage } from '@moot/web-testing/routed-page';
import { settle } from '@moot/web-testing/settle';

import { PersonPage } from './person-page';

describe(PersonPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    http = configureRoutedPage([{ path: 'people/:id', component: PersonPage }]);
  });

  afterEach(() => http.verify());

  async function open(profile: Profile): Promise<void> {
    ({ harness, page } = await openRoutedPage(`/people/${profile.id}`, PersonPage));
    http.expectOne({ method: 'GET', url: `/api/people/${profile.id}` }).flush(profile);
    await settle(harness.fixture);
  }

  const text = () => page.textContent?.replace(/\s+/g, ' ') ?? '';
  const headings = () => Array.from(page.querySelectorAll('h1, h2')).map((h) => `${h.tagName} ${h.textContent?.trim().replace(/\s+/g, ' ')}`);
  const endorseButton = () => page.querySelector<HTMLButtonElement>('.moot-skills__endorse')!;
  const followButton = () => page.querySelector<HTMLButtonElement>('.moot-follow')!;

  it('shows the profile, with headings in order and the server-sanitised bio', async () => {
    await open(aProfile());

    expect(headings()).toEqual([
      'H1 Priya Shah (she/her)',
      'H2 About Priya Shah',
      'H2 Ask me about',
      'H2 Interests',
      'H2 Skills',
      'H2 I can help with',
      'H2 I want to learn',
      'H2 Groups',
      'H2 Recent activity',
    ]);
    expect(page.querySelector('.moot-prose strong')?.textContent).toBe('press and webchat');
    expect(page.querySelector('a[href="/people/p-amara"]')?.textContent).toBe('Amara Okafor');
    expect(text()).toContain('Microsoft Teams');
    expect(text()).toContain('Mornings are best');
    expect(text()).toContain('Owner, open group');
    expect(page.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20T14:00:00.000Z');
  });

  it('leaves out fields that are hidden from the viewer (null)', async () => {
    await open(aProfile({ pronouns: null, phone: null, location: null, manager: null }));

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Priya Shah');
    const terms = Array.from(page.querySelectorAll('dt')).map((dt) => dt.textContent?.trim());
    expect(terms).toEqual(['Working pattern', 'Email', 'Best way to get in touch']);
  });

  it('endorses a skill with PUT and takes it back with DELETE, updating the count', async () => {
    await open(aProfile());
    expect(endorseButton().getAttribute('aria-pressed')).toBe('false');
    expect(endorseButton().textContent).toContain('Endorse');
    expect(text()).toContain('2 endorsements');

    endorseButton().click();
    http.expectOne({ method: 'PUT', url: '/api/people/p-priya/skills/s-webchat/endorsement' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);
    expect(endorseButton().getAttribute('aria-pressed')).toBe('true');
    expect(endorseButton().textContent).toContain('Endorsed');
    expect(text()).toContain('3 endorsements');

    endorseButton().click();
    http.expectOne({ method: 'DELETE', url: '/api/people/p-priya/skills/s-webchat/endorsement' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);
    expect(endorseButton().getAttribute('aria-pressed')).toBe('false');
    expect(text()).toContain('2 endorsements');
  });

  it('keeps the count when endorsing fails, and says so', async () => {
    await open(aProfile());
    endorseButton().click();
    http.expectOne('/api/people/p-priya/skills/s-webchat/endorsement').flush(null, { status: 500, statusText: 'Server Error' });
    await settle(harness.fixture);

    expect(endorseButton().getAttribute('aria-pressed')).toBe('false');
    expect(text()).toContain('2 endorsements');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain("We couldn't save that endorsement");
  });

  it('shows who endorsed a skill when asked', async () => {
    await open(aProfile());
    const expander = page.querySelector<HTMLButtonElement>('.moot-skills__expander')!;
    expect(expander.getAttribute('aria-expanded')).toBe('false');

    expander.click();
    http
      .expectOne({ method: 'GET', url: '/api/people/p-priya/skills/s-webchat/endorsements' })
      .flush({ skill: { id: 's-webchat', name: 'Webchat moderation' }, endorsers: [aPerson({ id: 'p-sean', displayName: 'Sean Murphy' })] });
    await settle(harness.fixture);

    expect(expander.getAttribute('aria-expanded')).toBe('true');
    expect(page.querySelector(`#${expander.getAttribute('aria-controls')} h3`)?.textContent?.trim()).toBe('Sean Murphy');
  });

  it('follows and unfollows', async () => {
    await open(aProfile());
    expect(followButton().getAttribute('aria-pressed')).toBe('false');

    followButton().click();
    http.expectOne({ method: 'PUT', url: '/api/people/p-priya/follow' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);
    expect(followButton().getAttribute('aria-pressed')).toBe('true');
    expect(followButton().textContent).toContain('Following');
    expect(text()).toContain('4 followers');

    followButton().click();
    http.expectOne({ method: 'DELETE', url: '/api/people/p-priya/follow' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);
    expect(followButton().textContent).toContain('Follow');
    expect(text()).toContain('3 followers');
  });

  it('offers no Follow or Endorse on your own page, but a way to edit it', async () => {
    await open(aProfile({ isMe: true, canEdit: true, hiddenFields: ['phone'] }));

    expect(page.querySelector('.moot-follow')).toBeNull();
    expect(page.querySelector('.moot-skills__endorse')).toBeNull();
    expect(page.querySelector('a[href="/profile/edit"]')?.textContent?.trim()).toBe('Edit your profile');
    expect(text()).toContain('01632 960123 (hidden from colleagues)');
  });

  it('shows a short page for a former colleague', async () => {
    await open(
      aProfile({ formerColleague: true, jobTitle: null, department: null, skills: [], bioHtml: '', askMeAbout: [] }),
    );

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Priya Shah');
    expect(text()).toContain('Former colleague');
    expect(text()).toContain('no longer works here');
    expect(page.querySelector('.moot-follow')).toBeNull();
    expect(page.querySelector('h2')).toBeNull();
  });

  it('says so when there is nobody with that id', async () => {
    ({ harness, page } = await openRoutedPage('/people/nobody', PersonPage));
    http.expectOne('/api/people/nobody').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await settle(harness.fixture);

    expect(page.querySelector('h1')?.textContent?.trim()).toBe("We couldn't find that person");
    expect(page.querySelector('a[href="/people"]')).not.toBeNull();
  });
});
