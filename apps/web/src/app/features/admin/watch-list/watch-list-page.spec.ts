import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { WatchWord } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { WatchListPage } from './watch-list-page';

const BASE = '/api/admin/watch-list';
const word = (phrase: string, id = phrase): WatchWord => ({ id, phrase, createdBy: null, createdAt: '2026-11-20T09:00:00.000Z' });

describe(WatchListPage.name, () => {
  let fixture: ComponentFixture<WatchListPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [WatchListPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(items: WatchWord[]): Promise<void> {
    fixture = TestBed.createComponent(WatchListPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: BASE }).flush({ items });
    await settle(fixture);
  }

  async function add(phrase: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement>('#watch-phrase')!;
    input.value = phrase;
    input.dispatchEvent(new Event('input'));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const phrases = () => Array.from(page.querySelectorAll('.watch-list strong')).map(text);

  it('says what the list does when it is empty', async () => {
    await open([]);

    expect(text(page.querySelector('.moot-empty'))).toContain('The watch-list is empty, so nothing is held automatically.');
  });

  it('asks for a phrase before adding', async () => {
    await open([]);

    await add('   ');

    expect(text(page.querySelector('.moot-error-summary'))).toContain('Enter a word or phrase to watch for');
    http.expectNone({ method: 'POST', url: BASE });
  });

  it('adds a phrase, announces it and clears the field', async () => {
    await open([word('project falcon')]);

    await add(' ballot box ');
    const request = http.expectOne({ method: 'POST', url: BASE });
    expect(request.request.body).toEqual({ phrase: 'ballot box' });
    request.flush(word('ballot box'), { status: 201, statusText: 'Created' });
    await settle(fixture);

    expect(phrases()).toEqual(['ballot box', 'project falcon']);
    expect(text(page.querySelector('[aria-live="polite"]'))).toBe('“ballot box” added to the watch-list.');
    expect(page.querySelector<HTMLInputElement>('#watch-phrase')!.value).toBe('');
  });

  it('shows the API’s field error on the phrase', async () => {
    await open([]);

    await add('ballot box');
    http
      .expectOne({ method: 'POST', url: BASE })
      .flush({ statusCode: 409, message: 'Duplicate', errors: [{ field: 'phrase', messages: ['is already on the watch-list'] }] }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);

    expect(text(page.querySelector('.moot-error-summary'))).toContain('Phrase is already on the watch-list');
  });

  it('removes a phrase and moves focus to the list heading', async () => {
    await open([word('project falcon'), word('ballot box')]);

    page.querySelector<HTMLButtonElement>('.watch-list button')!.click();
    http.expectOne({ method: 'DELETE', url: `${BASE}/project%20falcon` }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(phrases()).toEqual(['ballot box']);
    expect(text(page.querySelector('[aria-live="polite"]'))).toBe('“project falcon” removed from the watch-list.');
    expect(document.activeElement?.id).toBe('watch-list-title');
  });
});
