import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { DepartmentWithCount } from '@moot/contracts';
import { CUSTOMER_SERVICES, aDirectoryEntry, aPerson } from '@moot/web-testing/people';
import { configureRoutedPage, openRoutedPage } from '@moot/web-testing/routed-page';
import { settle } from '@moot/web-testing/settle';

import { DirectoryPage } from './directory-page';

const departments: DepartmentWithCount[] = [
  { id: 'd-comms', name: 'Communications', slug: 'communications', peopleCount: 7 },
  { ...CUSTOMER_SERVICES, peopleCount: 4 },
];

const people = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) =>
    aDirectoryEntry({ id: `p${from + index}`, displayName: `Person ${from + index}`, matchedSkills: ['Webchat moderation'] }),
  );

describe(DirectoryPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    http = configureRoutedPage([{ path: 'people', component: DirectoryPage }]);
  });

  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    ({ harness, page } = await openRoutedPage(url, DirectoryPage));
    http.expectOne('/api/departments').flush({ departments });
    await settle(harness.fixture);
  }

  const directoryRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/people');
  const names = () => Array.from(page.querySelectorAll('moot-person-card h3')).map((h) => h.textContent?.trim());
  const liveRegion = () => page.querySelector('#directory-announcement')?.textContent?.trim();
  const button = (text: string) =>
    Array.from(page.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === text);

  it('browses by department, with counts, when nothing is searched for', async () => {
    await open('/people');

    http.expectNone((request) => request.url === '/api/people');
    const links = Array.from(page.querySelectorAll('.moot-departments a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Communications', '/people?department=communications'],
      ['Customer Services', '/people?department=customer-services'],
    ]);
    expect(page.querySelector('#directory-department')?.textContent).toContain('Customer Services (4)');
  });

  it('builds the query from the URL, fills the form and asks about people outside your department', async () => {
    await open('/people?skill=Webchat%20moderation&department=customer-services&location=Depot');

    const request = directoryRequest();
    expect(request.request.params.keys().sort()).toEqual(['department', 'limit', 'location', 'skill']);
    expect(request.request.params.get('skill')).toBe('Webchat moderation');
    expect(request.request.params.get('department')).toBe('customer-services');
    expect(request.request.params.get('location')).toBe('Depot');
    expect(request.request.params.get('limit')).toBe('20');
    http
      .expectOne((candidate) => candidate.url === '/api/people/suggestions' && candidate.params.get('skill') === 'Webchat moderation')
      .flush({ likeYou: [], outsideYourDepartment: [aPerson({ id: 'p-sean', displayName: 'Sean Murphy' })] });
    request.flush({ items: people(1, 2), nextCursor: null });
    await settle(harness.fixture);

    expect(page.querySelector<HTMLInputElement>('#directory-skill')?.value).toBe('Webchat moderation');
    expect(page.querySelector<HTMLSelectElement>('#directory-department')?.value).toBe('customer-services');
    expect(page.querySelector('#results-heading')?.textContent).toContain('who know Webchat moderation, in Customer Services');
    expect(names()).toEqual(['Person 1', 'Person 2', 'Sean Murphy']);
    expect(page.querySelector('#outside-heading')?.textContent).toContain(
      'People outside your department who know Webchat moderation',
    );
    expect(page.querySelector('mark')?.textContent).toBe('Webchat moderation');
    expect(liveRegion()).toBe('2 people found.');
  });

  it('puts a new search in the URL, leaving out empty filters', async () => {
    await open('/people');
    const search = page.querySelector<HTMLInputElement>('#directory-q')!;
    search.value = ' Priya ';
    search.dispatchEvent(new Event('input'));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/people?q=Priya');
    const request = directoryRequest();
    expect(request.request.params.get('q')).toBe('Priya');
    request.flush({ items: [aDirectoryEntry()], nextCursor: null });
    await settle(harness.fixture);
    expect(names()).toEqual(['Priya Shah']);
  });

  it('appends the next page, moves focus to the first new person and says how many came', async () => {
    await open('/people?q=web');
    directoryRequest().flush({ items: people(1, 20), nextCursor: 'cursor-2' });
    await settle(harness.fixture);
    expect(liveRegion()).toBe('20 people and more found.');

    button('Show more people')!.click();
    const next = directoryRequest();
    expect(next.request.params.get('cursor')).toBe('cursor-2');
    expect(next.request.params.get('q')).toBe('web');
    next.flush({ items: people(21, 3), nextCursor: null });
    await settle(harness.fixture);

    expect(names()).toHaveLength(23);
    expect(document.activeElement?.textContent?.trim()).toBe('Person 21');
    expect(document.activeElement?.getAttribute('href')).toBe('/people/p21');
    expect(liveRegion()).toBe('3 people more shown. That is everyone.');
    expect(button('Show more people')).toBeUndefined();
  });

  it('says what to try next when nobody matches', async () => {
    await open('/people?q=zzz');
    directoryRequest().flush({ items: [], nextCursor: null });
    await settle(harness.fixture);

    expect(page.querySelector('.moot-empty')?.textContent).toContain('No one matches your search.');
    expect(page.querySelector('.moot-empty a')?.getAttribute('href')).toBe('/people');
    expect(liveRegion()).toBe('No one matches your search.');
  });

  it('offers to try again when the search fails', async () => {
    await open('/people?q=web');
    directoryRequest().flush(null, { status: 500, statusText: 'Server Error' });
    await settle(harness.fixture);

    expect(page.querySelector('[role="alert"]')?.textContent).toContain("We couldn't search the directory");
    button('Try again')!.click();
    directoryRequest().flush({ items: [aDirectoryEntry()], nextCursor: null });
    await settle(harness.fixture);
    expect(names()).toEqual(['Priya Shah']);
  });
});
