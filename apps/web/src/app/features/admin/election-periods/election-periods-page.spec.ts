import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ElectionPeriod, GroupDetail } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { ElectionPeriodsPage } from './election-periods-page';

const BASE = '/api/election-periods';
const local: ElectionPeriod = {
  id: 'p1',
  group: null,
  label: 'Local elections 2027',
  startsAt: '2027-03-20T00:00:00.000Z',
  endsAt: '2027-05-06T22:59:59.999Z',
  holdForReview: false,
  active: false,
};

describe(ElectionPeriodsPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'periods', component: ElectionPeriodsPage }], withComponentInputBinding())],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(url: string, items: ElectionPeriod[]): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ElectionPeriodsPage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne((request) => request.url === BASE && request.method === 'GET').flush({ items });
    await settle(harness.fixture);
  }

  function fill(id: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('lists the site’s periods with their dates and whether posts are held', async () => {
    await open('/periods', [local, { ...local, id: 'p2', group: { id: 'g1', slug: 'planning', name: 'Planning forum' }, holdForReview: true, active: true }]);

    const items = Array.from(page.querySelectorAll('.period-list li')).map(text);
    expect(items[0]).toContain('Whole site: 20 March 2027 to 6 May 2027. Posts are labelled, not held.');
    expect(items[1]).toContain('In force now');
    expect(items[1]).toContain('Planning forum:');
    expect(items[1]).toContain('New posts are held for review.');
  });

  it('says when to add one when there are none', async () => {
    await open('/periods', []);

    expect(text(page.querySelector('.moot-empty'))).toBe('No election periods. Add one when the council announces an election.');
  });

  it('lists every missing or wrong field in the error summary', async () => {
    await open('/periods', []);

    fill('period-starts', '2027-05-06');
    fill('period-ends', '2027-03-20');
    await submit();

    const summary = text(page.querySelector('.moot-error-summary'));
    expect(summary).toContain('Enter a name for the period');
    expect(summary).toContain('The end date must be the same as or after the start date');
    http.expectNone({ method: 'POST', url: BASE });
  });

  it('adds a site-wide period from the whole start day to the whole end day', async () => {
    await open('/periods', []);

    fill('period-label', ' Local elections 2027 ');
    fill('period-starts', '2027-03-20');
    fill('period-ends', '2027-05-06');
    await submit();
    const request = http.expectOne({ method: 'POST', url: BASE });
    expect(request.request.body).toEqual({
      groupId: null,
      label: 'Local elections 2027',
      startsAt: new Date('2027-03-20T00:00:00').toISOString(),
      endsAt: new Date('2027-05-06T23:59:59.999').toISOString(),
      holdForReview: false,
    });
    request.flush(local, { status: 201, statusText: 'Created' });
    await settle(harness.fixture);

    expect(text(page.querySelector('[aria-live="polite"]'))).toBe('“Local elections 2027” added.');
    expect(page.querySelectorAll('.period-list li')).toHaveLength(1);
  });

  it('works on one group’s periods for its managers', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/periods?group=g1', ElectionPeriodsPage);
    page = harness.routeNativeElement as HTMLElement;
    const list = http.expectOne((request) => request.url === BASE && request.method === 'GET');
    expect(list.request.params.get('groupId')).toBe('g1');
    list.flush({ items: [] });
    http.expectOne('/api/groups/g1').flush({ id: 'g1', slug: 'planning', name: 'Planning forum' } as GroupDetail);
    await settle(harness.fixture);

    expect(text(page.querySelector('.moot-back-link'))).toBe('Planning forum');

    fill('period-label', 'By-election');
    fill('period-starts', '2027-01-10');
    fill('period-ends', '2027-01-10');
    await submit();
    expect(http.expectOne({ method: 'POST', url: BASE }).request.body).toMatchObject({ groupId: 'g1', label: 'By-election' });
  });
});
