import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CouncilExportView } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { describeSize } from './export-words';
import { ExportsPage, POLL_MS } from './exports-page';

const done: CouncilExportView = {
  id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  status: 'completed',
  phase: null,
  processed: 120,
  total: 120,
  formatVersion: 1,
  requestedBy: { id: 'u1', displayName: 'Ada Admin' },
  requestedAt: '2026-11-20T09:00:00.000Z',
  startedAt: '2026-11-20T09:00:01.000Z',
  finishedAt: '2026-11-20T09:02:00.000Z',
  sizeBytes: 12_345_678,
  error: null,
  downloadUrl: '/api/admin/exports/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d/download',
  attempts: 0,
};
const running: CouncilExportView = {
  ...done,
  id: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  status: 'running',
  phase: 'posts',
  processed: 250,
  total: 1000,
  requestedAt: '2026-11-23T09:00:00.000Z',
  finishedAt: null,
  sizeBytes: null,
  downloadUrl: null,
};

describe(ExportsPage.name, () => {
  let fixture: ComponentFixture<ExportsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(items: CouncilExportView[]): Promise<void> {
    TestBed.configureTestingModule({ imports: [ExportsPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ExportsPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/admin/exports' }).flush({ items });
    await settle(fixture);
  }

  afterEach(() => {
    fixture.destroy();
    http.verify();
    jest.useRealTimers();
  });

  const button = (text: string) => [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim().startsWith(text))!;
  const status = () => page.querySelector('[role="status"] .moot-notice')?.textContent?.trim();

  it('lists past exports with size, a download link and delete', async () => {
    await open([done]);
    const row = page.querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ');
    expect(row).toContain('Ada Admin');
    expect(row).toContain('Ready');
    expect(row).toContain('12.3 MB');
    const link = page.querySelector<HTMLAnchorElement>('tbody a')!;
    expect(link.getAttribute('href')).toBe(done.downloadUrl);
    expect(link.hasAttribute('download')).toBe(true);
    expect(button('Delete')).toBeTruthy();
  });

  it('starts an export, shows its progress as a bar with text, polls every 2 seconds and announces when it is ready', async () => {
    await open([]);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    button('Start an export').click();
    http.expectOne({ method: 'POST', url: '/api/admin/exports' }).flush({ ...running, status: 'queued', phase: null, processed: 0, total: null });
    await Promise.resolve();
    await Promise.resolve();
    http.expectOne({ method: 'GET', url: '/api/admin/exports' }).flush({ items: [running] });
    await jest.advanceTimersByTimeAsync(0);
    await fixture.whenStable();
    expect(status()).toBe('Export started. You can leave this page: it carries on in the background.');
    const bar = page.querySelector('mat-progress-bar')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuetext')).toBe('Exporting posts: 250 of 1,000 records and files (25%)');
    expect(page.querySelector('#export-progress-text')!.textContent).toContain('250 of 1,000');
    expect(button('Start an export')).toBeUndefined();

    await jest.advanceTimersByTimeAsync(POLL_MS - 1);
    http.expectNone('/api/admin/exports');
    await jest.advanceTimersByTimeAsync(1);
    http.expectOne('/api/admin/exports').flush({ items: [done, { ...running, status: 'completed', processed: 1000, downloadUrl: '/x', sizeBytes: 2048 }].reverse() });
    await jest.advanceTimersByTimeAsync(0);
    await fixture.whenStable();
    expect(status()).toBe('The export is ready to download (2 KB).');
    expect(page.querySelector('mat-progress-bar')).toBeNull();
    // Nothing is running any more: no more polling.
    await jest.advanceTimersByTimeAsync(POLL_MS * 3);
    http.expectNone('/api/admin/exports');
  });

  it('explains when an export is already running (409)', async () => {
    await open([]);
    button('Start an export').click();
    http.expectOne({ method: 'POST', url: '/api/admin/exports' }).flush({ code: 'COUNCIL_EXPORT_ALREADY_RUNNING' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    http.expectOne({ method: 'GET', url: '/api/admin/exports' }).flush({ items: [] });
    await settle(fixture);
    expect(page.querySelector('[role="alert"]')!.textContent).toContain('An export is already running');
  });

  it('deletes an export after confirming, then moves focus to the list', async () => {
    await open([done]);
    button('Delete').click();
    await settle(fixture);
    expect(document.activeElement?.id).toBe('export-delete-title');
    button('Yes, delete it').click();
    http.expectOne({ method: 'DELETE', url: `/api/admin/exports/${done.id}` }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    http.expectOne({ method: 'GET', url: '/api/admin/exports' }).flush({ items: [] });
    await settle(fixture);
    expect(status()).toMatch(/^Deleted the export of 20 November 2026/);
    expect(page.textContent).toContain('No exports yet.');
    expect(document.activeElement?.id).toBe('export-list-title');
  });

  it('describes sizes in plain units', () => {
    expect(describeSize(null)).toBe('–');
    expect(describeSize(512)).toBe('512 bytes');
    expect(describeSize(1_500_000_000)).toBe('1.5 GB');
  });
});
