import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SearchHit } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { HeaderSearch, SUGGEST_DEBOUNCE_MS } from './header-search';

@Component({ template: '<h1>Somewhere</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class SomewherePage {}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const priya: SearchHit = {
  kind: 'person',
  id: 'p-priya',
  title: 'Priya Shah',
  snippetHtml: '',
  link: '/people/p-priya',
  createdAt: null,
  group: null,
  author: null,
  person: null,
  groupSummary: null,
};

describe(HeaderSearch.name, () => {
  let fixture: ComponentFixture<HeaderSearch>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [HeaderSearch],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'search', component: SomewherePage },
          { path: 'people/:id', component: SomewherePage },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HeaderSearch);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    host.remove();
  });

  const input = () => host.querySelector<HTMLInputElement>('#site-search')!;
  const options = () => Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
  const suggest = () => http.expectOne((request) => request.url === '/api/search/suggest');
  function typeSoFar(value: string): void {
    input().value = value;
    input().dispatchEvent(new Event('input'));
  }

  it('is a labelled combobox', () => {
    expect(input().getAttribute('role')).toBe('combobox');
    expect(host.querySelector(`label[for="site-search"]`)?.textContent?.trim()).toBe('Search Moot');
  });

  it('asks for suggestions once typing pauses for 200 ms, and only from 2 characters', async () => {
    input().focus();
    typeSoFar('w');
    await wait(SUGGEST_DEBOUNCE_MS + 50);
    http.expectNone((request) => request.url === '/api/search/suggest');

    typeSoFar('we');
    await wait(SUGGEST_DEBOUNCE_MS / 2);
    typeSoFar('webc');
    await wait(SUGGEST_DEBOUNCE_MS / 2);
    http.expectNone((request) => request.url === '/api/search/suggest');
    await wait(SUGGEST_DEBOUNCE_MS);

    const request = suggest();
    expect(request.request.params.get('q')).toBe('webc');
    request.flush({ items: [priya, { ...priya, kind: 'group', id: 'g1', title: 'Webchat rehearsal', link: '/groups/webchat-rehearsal' }] });
    await settle(fixture);

    expect(options().map((option) => option.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Priya Shah, Person',
      'Webchat rehearsal, Group',
    ]);
  });

  it('opens a chosen suggestion', async () => {
    input().focus();
    typeSoFar('Priya');
    await wait(SUGGEST_DEBOUNCE_MS + 50);
    suggest().flush({ items: [priya] });
    await settle(fixture);

    options()[0].click();
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/people/p-priya');
    expect(input().value).toBe('');
  });

  it('searches everything on Enter', async () => {
    typeSoFar('  acknowledge the frustration ');
    host.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/search?q=acknowledge%20the%20frustration');
    await wait(SUGGEST_DEBOUNCE_MS + 50);
    http.match((request) => request.url === '/api/search/suggest');
  });
});
