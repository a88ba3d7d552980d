import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { GroupSummary } from '@moot/contracts';
import { configureRoutedPage, openRoutedPage } from '@moot/web-testing/routed-page';
import { settle } from '@moot/web-testing/settle';

import { aGroupSummary, comms, planning } from '../testing/group-factories';
import { GroupDirectoryPage } from './group-directory-page';

describe(GroupDirectoryPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    http = configureRoutedPage([{ path: 'groups', component: GroupDirectoryPage }]);
  });

  afterEach(() => http.verify());

  const directoryRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/groups');

  async function open(url = '/groups', items: GroupSummary[] = [aGroupSummary()], nextCursor: string | null = null): Promise<TestRequest> {
    ({ harness, page } = await openRoutedPage(url, GroupDirectoryPage));
    http.expectOne('/api/departments').flush({ departments: [{ ...planning, peopleCount: 3 }, { ...comms, peopleCount: 5 }] });
    http.expectOne('/api/groups/suggestions').flush({ items: [] });
    const request = directoryRequest();
    request.flush({ items, nextCursor });
    await settle(harness.fixture);
    return request;
  }

  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string) =>
    Array.from(page.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === name);

  it('sends the filters from the URL to the API', async () => {
    const request = await open('/groups?q=planning&type=closed&department=planning&mine=1');

    expect(request.request.params.get('q')).toBe('planning');
    expect(request.request.params.get('type')).toBe('closed');
    expect(request.request.params.get('department')).toBe('planning');
    expect(request.request.params.get('mine')).toBe('true');
    expect(request.request.params.get('limit')).toBe('20');
    expect(request.request.params.has('cursor')).toBe(false);
  });

  it('leaves unknown and empty filters out', async () => {
    const request = await open('/groups?type=public');

    expect(request.request.params.keys()).toEqual(['limit']);
  });

  it('puts the search in the URL when submitted', async () => {
    await open();
    const input = page.querySelector<HTMLInputElement>('#group-q')!;
    input.value = ' consultation ';
    input.dispatchEvent(new Event('input'));
    page.querySelector<HTMLInputElement>('#group-mine-input')!.click();
    button('Search groups')!.click();
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/groups?q=consultation&mine=1');
    const request = directoryRequest();
    expect(request.request.params.get('q')).toBe('consultation');
    expect(request.request.params.get('mine')).toBe('true');
    request.flush({ items: [], nextCursor: null });
  });

  it('shows each group with its type in words, size, departments and your standing', async () => {
    await open('/groups', [aGroupSummary({ type: 'closed', myRole: null, requestPending: true, memberCount: 1 })]);

    expect(text('.moot-group-card h3')).toBe('Planning forum');
    expect(page.querySelector('.moot-group-card h3 a')?.getAttribute('href')).toBe('/groups/planning-forum');
    const tags = Array.from(page.querySelectorAll('.moot-group-card__tags li')).map((li) => li.textContent?.trim());
    expect(tags).toEqual(['Closed group', '1 member', 'Request pending']);
    expect(text('.moot-group-card__departments')).toBe('Brings together Planning and Communications');
  });

  it('shows more groups from the keyset cursor', async () => {
    await open('/groups?type=open', [aGroupSummary()], 'next-1');

    button('Show more groups')!.click();
    const more = directoryRequest();
    expect(more.request.params.get('cursor')).toBe('next-1');
    expect(more.request.params.get('type')).toBe('open');
    more.flush({ items: [aGroupSummary({ id: 'g2', slug: 'second', name: 'Second group' })], nextCursor: null });
    await settle(harness.fixture);

    expect(page.querySelectorAll('#group-results > li')).toHaveLength(2);
    expect(button('Show more groups')).toBeUndefined();
    expect(document.activeElement?.textContent).toBe('Second group');
  });

  it('says what to do when there are no groups yet', async () => {
    await open('/groups', []);

    expect(text('.moot-empty')).toContain('There are no groups yet. Create the first one');
  });

  it('suggests groups that colleagues in other departments are in', async () => {
    ({ harness, page } = await openRoutedPage('/groups', GroupDirectoryPage));
    http.expectOne('/api/departments').flush({ departments: [] });
    http.expectOne('/api/groups/suggestions').flush({ items: [aGroupSummary({ id: 'g9', name: 'Digital champions' })] });
    directoryRequest().flush({ items: [], nextCursor: null });
    await settle(harness.fixture);

    expect(text('aside h2')).toBe('Groups your colleagues in other departments are in');
    expect(text('aside h3')).toBe('Digital champions');
  });
});
