import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SearchHit } from '@moot/contracts';
import { aPerson } from '@moot/web-testing/people';
import { configureRoutedPage, openRoutedPage } from '@moot/web-testing/routed-page';
import { settle } from '@moot/web-testing/settle';

import { SearchPage } from './search-page';

const GROUP_ID = '0b3e1c9a-5f1d-4c53-9d3b-2a1f4e6c7d80';

function aHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    kind: 'post',
    id: 'post-1',
    title: 'Handling angry webchats',
    snippetHtml: 'always <mark>acknowledge</mark> the frustration first &amp; then',
    link: '/posts/post-1',
    createdAt: '2026-11-20T14:00:00.000Z',
    group: { id: GROUP_ID, slug: 'webchat-rehearsal', name: 'Webchat rehearsal' },
    author: aPerson({ id: 'p-sean', displayName: 'Sean Murphy' }),
    person: null,
    groupSummary: null,
    ...overrides,
  };
}

const hits = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => aHit({ id: `post-${from + index}`, title: `Post ${from + index}`, link: `/posts/post-${from + index}` }));

describe(SearchPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    http = configureRoutedPage([{ path: 'search', component: SearchPage }]);
  });

  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    ({ harness, page } = await openRoutedPage(url, SearchPage));
    http
      .expectOne((request) => request.url === '/api/groups' && request.params.get('mine') === 'true')
      .flush({ items: [{ id: GROUP_ID, name: 'Webchat rehearsal' }], nextCursor: null });
    await settle(harness.fixture);
  }

  const searchRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/search');
  const titles = () => Array.from(page.querySelectorAll('.moot-search-result h3')).map((h) => h.textContent?.trim());
  const liveRegion = () => page.querySelector('#search-announcement')?.textContent?.trim();
  const button = (text: string) => Array.from(page.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === text);

  it('says what to search for when nothing is searched for', async () => {
    await open('/search');

    http.expectNone((request) => request.url === '/api/search');
    expect(page.querySelector('.moot-empty')?.textContent).toContain('Type a word or two');
  });

  it('searches what the URL says and renders the highlighted snippet, kind, group, author and time', async () => {
    await open(`/search?q=frustration&kind=post&groupId=${GROUP_ID}&from=2026-11-01&to=2026-11-20`);

    const request = searchRequest();
    expect(request.request.params.get('q')).toBe('frustration');
    expect(request.request.params.get('kind')).toBe('post');
    expect(request.request.params.get('groupId')).toBe(GROUP_ID);
    expect(request.request.params.get('from')).toBe('2026-11-01');
    expect(request.request.params.get('to')).toBe('2026-11-21');
    expect(request.request.params.get('limit')).toBe('20');
    request.flush({ items: [aHit()], nextCursor: null });
    await settle(harness.fixture);

    expect(page.querySelector<HTMLInputElement>('#search-q')?.value).toBe('frustration');
    expect(page.querySelector<HTMLSelectElement>('#search-kind')?.value).toBe('post');
    expect(page.querySelector<HTMLSelectElement>('#search-group')?.value).toBe(GROUP_ID);
    const result = page.querySelector('.moot-search-result')!;
    expect(result.querySelector('mark')?.textContent).toBe('acknowledge');
    expect(result.querySelector('.moot-search-result__snippet')?.textContent).toBe('always acknowledge the frustration first & then');
    expect(result.querySelector('.moot-tag')?.textContent).toBe('Post');
    expect(result.querySelector('h3 a')?.getAttribute('href')).toBe('/posts/post-1');
    expect(result.querySelector('.moot-search-result__meta')?.textContent).toContain('In Webchat rehearsal');
    expect(result.querySelector('.moot-search-result__meta')?.textContent).toContain('By Sean Murphy');
    expect(result.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20T14:00:00.000Z');
    expect(liveRegion()).toBe('1 result found.');
  });

  it('puts a new search and its filters in the URL, leaving out empty ones', async () => {
    await open('/search');
    const q = page.querySelector<HTMLInputElement>('#search-q')!;
    q.value = ' webchat ';
    q.dispatchEvent(new Event('input'));
    const kind = page.querySelector<HTMLSelectElement>('#search-kind')!;
    kind.value = 'person';
    kind.dispatchEvent(new Event('change'));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/search?q=webchat&kind=person');
    searchRequest().flush({ items: [aHit({ kind: 'person', id: 'p-priya', title: 'Priya Shah', snippetHtml: '', link: '/people/p-priya', group: null, author: null })], nextCursor: null });
    await settle(harness.fixture);
    expect(titles()).toEqual(['Priya Shah']);
    expect(page.querySelector('.moot-tag')?.textContent).toBe('Person');
  });

  it('shows more results with the cursor and moves focus to the first new one', async () => {
    await open('/search?q=webchat');
    searchRequest().flush({ items: hits(1, 20), nextCursor: 'cursor-2' });
    await settle(harness.fixture);
    expect(liveRegion()).toBe('20 results and more found.');

    button('Show more results')!.click();
    const next = searchRequest();
    expect(next.request.params.get('cursor')).toBe('cursor-2');
    expect(next.request.params.get('q')).toBe('webchat');
    next.flush({ items: hits(21, 2), nextCursor: null });
    await settle(harness.fixture);

    expect(titles()).toHaveLength(22);
    expect(document.activeElement?.textContent?.trim()).toBe('Post 21');
    expect(liveRegion()).toBe('2 results more shown. That is all of them.');
    expect(button('Show more results')).toBeUndefined();
  });

  it('suggests what to try when nothing matches, including dropping the filters', async () => {
    await open('/search?q=zzz&kind=topic');
    searchRequest().flush({ items: [], nextCursor: null });
    await settle(harness.fixture);

    const empty = page.querySelector('.moot-empty')!;
    expect(empty.textContent).toContain('Nothing matches your search.');
    expect(Array.from(empty.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toContain('/search?q=zzz');
    expect(liveRegion()).toBe('Nothing matches your search.');
  });

  it('offers to try again when the search fails', async () => {
    await open('/search?q=webchat');
    searchRequest().flush(null, { status: 500, statusText: 'Server Error' });
    await settle(harness.fixture);

    expect(page.querySelector('[role="alert"]')?.textContent).toContain("We couldn't search just now.");
    button('Try again')!.click();
    searchRequest().flush({ items: [aHit()], nextCursor: null });
    await settle(harness.fixture);
    expect(titles()).toEqual(['Handling angry webchats']);
  });
});
