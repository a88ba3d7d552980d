import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SiteDocumentView } from '@moot/contracts';

import { HouseRulesAcceptPage } from './house-rules-accept-page';

@Component({ template: 'group page', changeDetection: ChangeDetectionStrategy.OnPush })
class GroupPage {}

function rules(overrides: Partial<SiteDocumentView> = {}): SiteDocumentView {
  return {
    kind: 'house_rules',
    version: 1,
    bodyHtml: '<p>Be kind.</p>',
    body: null,
    material: true,
    changeSummary: null,
    publishedAt: '2026-11-01T10:00:00.000Z',
    publishedBy: null,
    acceptance: { acceptedVersion: null, mustAccept: true },
    ...overrides,
  };
}

describe(HouseRulesAcceptPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'house-rules/accept', component: HouseRulesAcceptPage },
          { path: 'groups/:slug', component: GroupPage },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function open(answer: SiteDocumentView): Promise<HTMLElement> {
    await harness.navigateByUrl('/house-rules/accept?returnTo=%2Fgroups%2Fplanning');
    http.expectOne('/api/site-documents/house_rules').flush(answer);
    await settle();
    return harness.routeNativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  const button = (page: HTMLElement) =>
    Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.includes('I accept the house rules')) as HTMLButtonElement;

  it('shows the rules on first sign-in, accepts the version read, then goes back where the person was going', async () => {
    const page = await open(rules());
    expect(page.querySelector('h1')?.textContent).toContain('Before you start: our house rules');
    expect(page.querySelector('.moot-prose')?.innerHTML).toBe('<p>Be kind.</p>');

    button(page).click();
    const accepted = http.expectOne('/api/site-documents/house_rules/acceptances');
    expect(accepted.request.method).toBe('POST');
    expect(accepted.request.body).toEqual({ version: 1 });
    accepted.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/auth/me').flush({ id: 'u', email: 'e', displayName: 'd', jobTitle: null, department: null, role: 'member', mustAcceptHouseRules: false });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/groups/planning');
  });

  it('says what changed when accepting again after a material change', async () => {
    const page = await open(rules({ version: 3, changeSummary: 'New rule on personal data', acceptance: { acceptedVersion: 1, mustAccept: true } }));

    expect(page.querySelector('h1')?.textContent).toContain('The house rules have changed');
    expect(page.textContent).toContain('You accepted version 1. Version 3 was published on 1 November 2026');
    expect(page.querySelector('.moot-change-summary')?.textContent).toBe('New rule on personal data');
  });

  it('shows the newer version when the rules changed while the person was reading', async () => {
    const page = await open(rules());
    button(page).click();
    http
      .expectOne('/api/site-documents/house_rules/acceptances')
      .flush({ code: 'HOUSE_RULES_VERSION_NOT_CURRENT', message: 'changed' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/site-documents/house_rules').flush(rules({ version: 2, bodyHtml: '<p>Be kinder.</p>' }));
    await settle();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('changed while you were reading them');
    expect(page.querySelector('.moot-prose')?.innerHTML).toBe('<p>Be kinder.</p>');
    expect(TestBed.inject(Router).url).toBe('/house-rules/accept?returnTo=%2Fgroups%2Fplanning');
  });

  it('goes straight on when nothing needs accepting', async () => {
    await open(rules({ acceptance: { acceptedVersion: 1, mustAccept: false } }));

    expect(TestBed.inject(Router).url).toBe('/groups/planning');
  });
});
