import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SiteDocumentVersion } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { ModerationPolicyPage } from './moderation-policy-page';

const policy: SiteDocumentVersion = {
  kind: 'moderation_policy',
  version: 1,
  bodyHtml: '<h3>Who sees a report</h3><p>Group managers.</p>',
  body: null,
  material: false,
  changeSummary: 'First version.',
  publishedAt: '2026-11-01T10:00:00.000Z',
  publishedBy: null,
};

describe(ModerationPolicyPage.name, () => {
  it('shows the published moderation policy, linked to the house rules', async () => {
    TestBed.configureTestingModule({
      imports: [ModerationPolicyPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ModerationPolicyPage);
    await fixture.whenStable();
    http.expectOne('/api/site-documents/moderation_policy').flush({ ...policy, acceptance: null });
    http.expectOne('/api/site-documents/moderation_policy/versions').flush({ items: [policy] });
    await settle(fixture);
    const page: HTMLElement = fixture.nativeElement;

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Moderation policy');
    expect(page.querySelector('.moot-document-body h3')?.textContent).toBe('Who sees a report');
    expect(page.querySelector('a[href="/house-rules"]')).not.toBeNull();
    http.verify();
  });
});
