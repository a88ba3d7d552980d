import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SiteDocumentVersion } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { HouseRulesPage } from './house-rules-page';

function version(number: number, overrides: Partial<SiteDocumentVersion> = {}): SiteDocumentVersion {
  return {
    kind: 'house_rules',
    version: number,
    bodyHtml: `<p>Rules v${number}</p>`,
    body: null,
    material: number === 1,
    changeSummary: null,
    publishedAt: '2026-11-01T10:00:00.000Z',
    publishedBy: null,
    ...overrides,
  };
}

describe(HouseRulesPage.name, () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HouseRulesPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the current published version and every version for anyone to read', async () => {
    const fixture = TestBed.createComponent(HouseRulesPage);
    await fixture.whenStable();
    http.expectOne('/api/site-documents/house_rules').flush({ ...version(2, { changeSummary: 'Typo' }), acceptance: null });
    http.expectOne('/api/site-documents/house_rules/versions').flush({ items: [version(2, { changeSummary: 'Typo' }), version(1)] });
    await settle(fixture);
    const page: HTMLElement = fixture.nativeElement;

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('House rules');
    expect(page.querySelector('.moot-document-body')?.innerHTML).toBe('<p>Rules v2</p>');
    expect(page.textContent).toContain('Version 2, published 1 November 2026');
    const summaries = Array.from(page.querySelectorAll('summary')).map((summary) => summary.textContent?.replace(/\s+/g, ' ').trim());
    expect(summaries).toEqual(['Version 2, 1 November 2026 (current)', 'Version 1, 1 November 2026 (material change)']);
    expect(page.textContent).toContain('What changed: Typo');
    expect(page.querySelector('a[href="/moderation-policy"]')).not.toBeNull();
  });

  it('says when nothing has been published yet', async () => {
    const fixture = TestBed.createComponent(HouseRulesPage);
    await fixture.whenStable();
    http.expectOne('/api/site-documents/house_rules').flush({ code: 'SITE_DOCUMENT_NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/site-documents/house_rules/versions').flush({ items: [] });
    await settle(fixture);

    expect(fixture.nativeElement.textContent).toContain('This has not been published yet.');
  });
});
