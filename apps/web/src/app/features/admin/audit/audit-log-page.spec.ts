import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuditEventView } from '@moot/contracts';
import { configureRoutedPage, openRoutedPage } from '@moot/web-testing/routed-page';
import { settle } from '@moot/web-testing/settle';

import { AuditLogPage } from './audit-log-page';

function anEvent(overrides: Partial<AuditEventView> = {}): AuditEventView {
  return {
    id: '101',
    at: '2026-11-20T14:05:09.000Z',
    actor: { userId: 'u-1', label: 'sam.admin@northbridge.example' },
    action: 'auth.sign_in',
    target: { type: 'identity_provider', id: 'idp-1' },
    outcome: 'success',
    ip: '192.0.2.10',
    userAgent: 'Firefox',
    details: { idp: 'entra' },
    ...overrides,
  };
}

const events = (from: number, count: number) => Array.from({ length: count }, (_, index) => anEvent({ id: String(from - index) }));

describe(AuditLogPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    http = configureRoutedPage([{ path: 'admin/audit', component: AuditLogPage }]);
  });

  afterEach(() => http.verify());

  async function open(url: string, actions: string[] = ['auth.sign_in', 'idp.update']): Promise<void> {
    ({ harness, page } = await openRoutedPage(url, AuditLogPage));
    http.expectOne('/api/admin/audit/actions').flush({ actions });
    await settle(harness.fixture);
  }

  const searchRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/admin/audit');
  const liveRegion = () => page.querySelector('#audit-announcement')?.textContent?.trim();
  const rows = () => Array.from(page.querySelectorAll('tbody tr'));
  const button = (text: string) => Array.from(page.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === text);
  const setValue = (selector: string, value: string) => {
    const control = page.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  };

  it('shows the newest events in a captioned table with headers, and announces the count', async () => {
    await open('/admin/audit');
    const request = searchRequest();
    expect(request.request.params.get('limit')).toBe('50');
    request.flush({ items: [anEvent(), anEvent({ id: '100', outcome: 'failure', target: null, ip: null, details: { reason: 'bad signature' } })], nextCursor: null });
    await settle(harness.fixture);

    expect(page.querySelector('caption')?.textContent).toContain('Audit events, newest first');
    expect(Array.from(page.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'When',
      'Who',
      'What',
      'Target',
      'From where (IP)',
      'Outcome',
      'Details',
    ]);
    expect(rows()).toHaveLength(2);
    expect(rows()[0].textContent).toContain('sam.admin@northbridge.example');
    expect(rows()[0].textContent).toContain('192.0.2.10');
    expect(rows()[1].textContent).toContain('Failed');
    expect(rows()[1].querySelector('details pre')?.textContent).toContain('bad signature');
    expect(liveRegion()).toBe('2 events shown.');
  });

  it('searches what the URL says, offers the recorded actions and links the CSV download for the same filters', async () => {
    await open('/admin/audit?q=sam&action=idp.update&outcome=failure&from=2026-11-01&to=2026-11-20');
    const request = searchRequest();
    expect(request.request.params.get('q')).toBe('sam');
    expect(request.request.params.get('action')).toBe('idp.update');
    expect(request.request.params.get('outcome')).toBe('failure');
    expect(request.request.params.get('from')).toBe(new Date(2026, 10, 1).toISOString());
    expect(request.request.params.get('to')).toBe(new Date(2026, 10, 21).toISOString());
    request.flush({ items: [], nextCursor: null });
    await settle(harness.fixture);

    expect(page.querySelector<HTMLInputElement>('#audit-q')?.value).toBe('sam');
    expect(page.querySelector<HTMLSelectElement>('#audit-action')?.value).toBe('idp.update');
    expect(Array.from(page.querySelectorAll('#audit-action option')).map((option) => option.textContent?.trim())).toEqual([
      'Any action',
      'auth.sign_in',
      'idp.update',
    ]);
    const download = page.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(download.getAttribute('href')).toContain('/api/admin/audit.csv?q=sam&action=idp.update&outcome=failure&from=');
    expect(page.querySelector('.moot-empty')?.textContent).toContain('No events match');
    expect(liveRegion()).toBe('No events found.');
  });

  it('puts the filters in the URL when searching', async () => {
    await open('/admin/audit');
    searchRequest().flush({ items: [], nextCursor: null });
    await settle(harness.fixture);

    setValue('#audit-q', '  192.0.2.10 ');
    setValue('#audit-outcome', 'failure');
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/admin/audit?q=192.0.2.10&outcome=failure');
    expect(searchRequest().request.params.get('q')).toBe('192.0.2.10');
  });

  it('refuses a date range that ends before it starts, with an error summary linked to the field', async () => {
    await open('/admin/audit');
    searchRequest().flush({ items: [], nextCursor: null });
    await settle(harness.fixture);

    setValue('#audit-from', '2026-11-20');
    setValue('#audit-to', '2026-11-01');
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);

    const summary = page.querySelector('.moot-error-summary');
    expect(summary?.textContent).toContain('The "to" date must be the same as or after the "from" date');
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('#audit-to');
    expect(TestBed.inject(Router).url).toBe('/admin/audit');
    http.expectNone((request) => request.url === '/api/admin/audit');
  });

  it('shows more events with the keyset cursor, announces them and moves focus to the first new one', async () => {
    await open('/admin/audit?action=auth.sign_in');
    searchRequest().flush({ items: events(200, 50), nextCursor: 'next-1' });
    await settle(harness.fixture);
    expect(liveRegion()).toBe('50 events shown, newest first; more are available.');

    button('Show more events')!.click();
    await settle(harness.fixture);
    const more = searchRequest();
    expect(more.request.params.get('cursor')).toBe('next-1');
    expect(more.request.params.get('action')).toBe('auth.sign_in');
    more.flush({ items: events(150, 3), nextCursor: null });
    await settle(harness.fixture);

    expect(rows()).toHaveLength(53);
    expect(button('Show more events')).toBeUndefined();
    expect(liveRegion()).toBe('3 more events shown. That is all of them.');
    expect(document.activeElement?.id).toBe('audit-event-150');
  });

  it('offers to try again when the log cannot be loaded', async () => {
    await open('/admin/audit');
    searchRequest().flush(null, { status: 500, statusText: 'Server Error' });
    await settle(harness.fixture);
    expect(page.querySelector('[role="alert"]')?.textContent).toContain("We couldn't load the audit log.");

    button('Try again')!.click();
    searchRequest().flush({ items: [anEvent()], nextCursor: null });
    await settle(harness.fixture);
    expect(rows()).toHaveLength(1);
  });
});
