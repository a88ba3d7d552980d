import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GroupSummary, RetentionPolicy } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { RetentionPage } from './retention-page';

const GROUP_ID = '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b';
const planning: RetentionPolicy = {
  id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  group: { id: GROUP_ID, slug: 'planning', name: 'Planning team' },
  maxAgeDays: 730,
  createdAt: '2026-11-01T09:00:00.000Z',
  lastRunAt: '2026-11-22T02:30:00.000Z',
  lastRunDeleted: 14,
};
const profiles: RetentionPolicy = { id: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', group: null, maxAgeDays: 365, createdAt: '2026-11-01T09:00:00.000Z', lastRunAt: null, lastRunDeleted: null };
const housing = { id: 'c0f1e2d3-4b5a-4697-8a8b-9c0d1e2f3a4b', slug: 'housing', name: 'Housing' } as GroupSummary;

describe(RetentionPage.name, () => {
  let fixture: ComponentFixture<RetentionPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RetentionPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RetentionPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/admin/retention' }).flush({ items: [planning, profiles] });
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const button = (text: string) => [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim().startsWith(text))!;
  const status = () => page.querySelector('[role="status"] .moot-notice')?.textContent?.trim();
  function type(selector: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('lists each policy with its limit and last run', () => {
    const rows = [...page.querySelectorAll('tbody tr')].map((row) => row.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toContain('Planning team');
    expect(rows[0]).toContain('730 days (about 2 years)');
    expect(rows[0]).toContain('14 posts deleted');
    expect(rows[1]).toContain("Posts on people's profiles");
    expect(rows[1]).toContain('Not run yet');
  });

  it('previews what the next run would delete', async () => {
    button('Preview Planning team').click();
    await settle(fixture);
    http.expectOne({ method: 'GET', url: `/api/admin/retention/${planning.id}/preview` }).flush({ postsToDelete: 3, oldestPostAt: '2023-05-04T10:00:00.000Z' });
    await settle(fixture);
    expect(status()).toBe('Planning team: the next run would delete 3 posts, the oldest from 4 May 2023. Pinned posts are kept.');
  });

  it('adds a policy for a group found by name, after checking the days', async () => {
    const form = page.querySelector<HTMLFormElement>('moot-retention-add-form form')!;
    form.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect([...page.querySelectorAll('.moot-error-summary li')].map((item) => item.textContent?.trim())).toEqual([
      'Find and choose a group',
      'Enter how many days to keep posts for',
    ]);

    type('#retention-group-query', 'hous');
    button('Find groups').click();
    await settle(fixture);
    const search = http.expectOne((request) => request.url === '/api/groups');
    expect(search.request.params.get('q')).toBe('hous');
    search.flush({ items: [housing], nextCursor: null });
    await settle(fixture);
    page.querySelector<HTMLInputElement>(`#retention-group-${housing.id} input`)!.click();
    type('#retention-days', '10');
    form.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(page.querySelector('.moot-error-summary')?.textContent).toContain('Enter a whole number of days from 30 to 36,500');
    http.expectNone({ method: 'POST' });

    type('#retention-days', '90');
    form.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const create = http.expectOne({ method: 'POST', url: '/api/admin/retention' });
    expect(create.request.body).toEqual({ groupId: housing.id, maxAgeDays: 90 });
    const added: RetentionPolicy = { ...profiles, id: 'd1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', group: { id: housing.id, slug: 'housing', name: 'Housing' }, maxAgeDays: 90 };
    create.flush(added);
    await settle(fixture);
    http.expectOne({ method: 'GET', url: '/api/admin/retention' }).flush({ items: [added, planning, profiles] });
    await settle(fixture);
    expect(status()).toBe('Added: posts in Housing older than 90 days will be deleted each night.');
  });

  it('shows the server\u2019s refusal of a second policy for profile posts', async () => {
    page.querySelector<HTMLInputElement>('#retention-target-profiles input')!.click();
    type('#retention-days', '400');
    page.querySelector<HTMLFormElement>('moot-retention-add-form form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const create = http.expectOne({ method: 'POST', url: '/api/admin/retention' });
    expect(create.request.body).toEqual({ groupId: null, maxAgeDays: 400 });
    create.flush(
      { statusCode: 400, code: 'DATA_RIGHTS_INVALID_POLICY', message: 'Some fields are not valid: groupId.', errors: [{ field: 'groupId', messages: ['profile posts already have a retention policy: change that one'] }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(page.querySelector('.moot-error-summary')?.textContent).toContain('Profile posts already have a retention policy: change that one');
  });

  it('changes and deletes a policy', async () => {
    button('Change Planning team').click();
    await settle(fixture);
    type('#retention-edit-days', '1095');
    page.querySelector<HTMLFormElement>('#retention-edit-days')!.closest('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const update = http.expectOne({ method: 'PATCH', url: `/api/admin/retention/${planning.id}` });
    expect(update.request.body).toEqual({ maxAgeDays: 1095 });
    update.flush({ ...planning, maxAgeDays: 1095 });
    await settle(fixture);
    http.expectOne({ method: 'GET', url: '/api/admin/retention' }).flush({ items: [{ ...planning, maxAgeDays: 1095 }, profiles] });
    await settle(fixture);
    expect(status()).toBe('Changed: posts in Planning team older than 1,095 days (about 3 years) will be deleted.');

    button("Delete Posts on people's profiles").click();
    await settle(fixture);
    expect(page.querySelector('#retention-delete-title')?.textContent).toContain("Delete the policy for Posts on people's profiles?");
    button('Yes, delete the policy').click();
    await settle(fixture);
    http.expectOne({ method: 'DELETE', url: `/api/admin/retention/${profiles.id}` }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    http.expectOne({ method: 'GET', url: '/api/admin/retention' }).flush({ items: [planning] });
    await settle(fixture);
    expect(status()).toBe("Deleted the policy for Posts on people's profiles. No more posts will be deleted under it.");
  });
});
