import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { IdentityProviderResponse } from '@moot/contracts';
import { aCertificate, anIdentityProvider } from '@moot/web-testing/identity-providers';
import { settle } from '@moot/web-testing/settle';

import { IdentityProviderListPage } from './identity-provider-list-page';

describe(IdentityProviderListPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'admin/identity-providers', component: IdentityProviderListPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(providers: IdentityProviderResponse[] | 'fails', url = '/admin/identity-providers'): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, IdentityProviderListPage);
    page = harness.routeNativeElement as HTMLElement;
    expect(page.textContent).toContain('Loading identity providers');
    const request = http.expectOne({ method: 'GET', url: '/api/admin/identity-providers' });
    if (providers === 'fails') request.flush(null, { status: 500, statusText: 'Server Error' });
    else request.flush({ identityProviders: providers });
    await settle(harness.fixture);
  }

  const rows = () =>
    Array.from(page.querySelectorAll('tbody tr, tr.mat-mdc-row')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );

  it('lists each provider with its name, slug, status, domains and certificate expiry', async () => {
    await open([anIdentityProvider(), anIdentityProvider({ id: 'b2', slug: 'leisure', displayName: 'Anytown Leisure', enabled: false, emailDomains: [] })]);

    expect(rows()).toEqual([
      ['Anytown Council', 'anytown', 'Enabled', 'anytown.gov.uk', 'Expires 1 January 2028'],
      ['Anytown Leisure', 'leisure', 'Disabled', 'None', 'Expires 1 January 2028'],
    ]);
    expect(page.querySelector('a[href="/admin/identity-providers/5f0c8a52-8d0e-4a43-9a57-2f1e6a0f6b01"]')).not.toBeNull();
    expect(page.querySelector('.moot-notice--warning')).toBeNull();
  });

  it('warns clearly when a signing certificate expires soon or has expired', async () => {
    await open([
      anIdentityProvider({
        certificates: [aCertificate({ notAfter: '2026-12-01T00:00:00.000Z', daysRemaining: 8, expiresSoon: true })],
      }),
      anIdentityProvider({
        id: 'b2',
        displayName: 'Shiredale District Council',
        certificates: [aCertificate({ notAfter: '2026-11-01T00:00:00.000Z', daysRemaining: -21, expired: true })],
      }),
    ]);

    const warning = page.querySelector('.moot-notice--warning');
    expect(warning?.textContent).toContain('Signing certificates need replacing');
    expect(Array.from(warning!.querySelectorAll('li')).map((li) => li.textContent?.trim())).toEqual([
      'Anytown Council',
      'Shiredale District Council',
    ]);
    expect(rows()[0][4]).toBe('Expires soon 1 December 2026 (8 days left)');
    expect(rows()[1][4]).toBe('Expired on 1 November 2026');
  });

  it('does not warn when the next certificate is already in place', async () => {
    await open([
      anIdentityProvider({
        certificates: [aCertificate({ daysRemaining: 8, expiresSoon: true }), aCertificate()],
      }),
    ]);

    expect(page.querySelector('.moot-notice--warning')).toBeNull();
  });

  it('says what to do when there are no providers yet', async () => {
    await open([]);

    expect(page.querySelector('table')).toBeNull();
    expect(page.textContent).toContain(
      "No identity providers yet. Add your council's identity provider to let staff sign in.",
    );
    expect(page.querySelector('a[href="/admin/identity-providers/new"]')?.textContent?.trim()).toBe(
      'Add an identity provider',
    );
  });

  it('offers to try again when the list fails to load', async () => {
    await open('fails');

    expect(page.querySelector('[role="alert"]')?.textContent).toContain("We couldn't load the identity providers");
    page.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    http.expectOne('/api/admin/identity-providers').flush({ identityProviders: [anIdentityProvider()] });
    await settle(harness.fixture);

    expect(rows()).toHaveLength(1);
  });

  it('confirms a deletion', async () => {
    await open([], '/admin/identity-providers?deleted=1');

    expect(page.querySelector('[role="status"]')?.textContent).toContain('The identity provider has been deleted.');
  });
});
