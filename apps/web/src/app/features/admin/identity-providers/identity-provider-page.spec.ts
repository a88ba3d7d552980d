import { Clipboard } from '@angular/cdk/clipboard';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aCertificate, anIdentityProvider } from '@moot/web-testing/identity-providers';
import { settle } from '@moot/web-testing/settle';

import { IdentityProviderListPage } from './identity-provider-list-page';
import { IdentityProviderPage } from './identity-provider-page';

describe(IdentityProviderPage.name, () => {
  const idp = anIdentityProvider();
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;
  let copy: jest.Mock<boolean, [string]>;

  beforeEach(() => {
    copy = jest.fn<boolean, [string]>(() => true);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'admin/identity-providers', component: IdentityProviderListPage },
            { path: 'admin/identity-providers/:id', component: IdentityProviderPage },
          ],
          withComponentInputBinding(),
        ),
        { provide: Clipboard, useValue: { copy } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(answer = idp, url = `/admin/identity-providers/${idp.id}`): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, IdentityProviderPage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne({ method: 'GET', url: `/api/admin/identity-providers/${idp.id}` }).flush(answer);
    await settle(harness.fixture);
  }

  const button = (name: string) =>
    Array.from(page.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === name);

  it('shows the values to enter at the identity provider, each with a copy button', async () => {
    await open();

    const rows = Array.from(page.querySelectorAll('.moot-sp-settings > div')).map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('code')?.textContent?.trim(),
      row.querySelector('button')?.textContent?.replace(/\s+/g, ' ').trim(),
    ]);
    expect(rows).toEqual([
      ['SP entity ID (audience)', idp.serviceProvider.entityId, 'Copy SP entity ID'],
      ['ACS URL (reply URL)', idp.serviceProvider.acsUrl, 'Copy ACS URL'],
      ['Single logout URL', idp.serviceProvider.sloUrl, 'Copy Single logout URL'],
      ['Metadata URL', idp.serviceProvider.metadataUrl, 'Copy Metadata URL'],
    ]);

    page.querySelectorAll<HTMLButtonElement>('.moot-sp-settings button')[1].click();
    await settle(harness.fixture);
    expect(copy).toHaveBeenCalledWith(idp.serviceProvider.acsUrl);
  });

  it('links to a test sign-in in a new tab, and to the settings form', async () => {
    await open();

    const test = Array.from(page.querySelectorAll('a')).find((a) => a.textContent?.includes('Test sign-in'));
    expect(test?.getAttribute('href')).toBe('/api/auth/saml/anytown/login?returnTo=/');
    expect(test?.getAttribute('target')).toBe('_blank');
    expect(test?.textContent).toContain('(opens in a new tab)');
    expect(page.querySelector(`a[href="/admin/identity-providers/${idp.id}/edit"]`)?.textContent?.trim()).toBe(
      'Change settings',
    );
  });

  it('warns about a certificate that has expired', async () => {
    await open(anIdentityProvider({ certificates: [aCertificate({ expired: true, notAfter: '2026-11-01T00:00:00.000Z' })] }));

    expect(page.querySelector('.moot-tag--error')?.textContent?.trim()).toBe('Expired');
  });

  it('asks for confirmation before deleting, and deletes only when confirmed', async () => {
    await open();

    button('Delete identity provider')!.click();
    await settle(harness.fixture);
    http.expectNone({ method: 'DELETE' });
    expect(document.activeElement?.textContent?.trim()).toBe('Are you sure you want to delete Anytown Council?');

    button('Yes, delete it')!.click();
    http.expectOne({ method: 'DELETE', url: `/api/admin/identity-providers/${idp.id}` }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle(harness.fixture);
    http.expectOne('/api/admin/identity-providers').flush({ identityProviders: [] });

    expect(TestBed.inject(Router).url).toBe('/admin/identity-providers?deleted=1');
  });

  it('keeps the provider when the deletion is cancelled', async () => {
    await open();

    button('Delete identity provider')!.click();
    await settle(harness.fixture);
    button('No, keep it')!.click();
    await settle(harness.fixture);

    http.expectNone({ method: 'DELETE' });
    expect(button('Yes, delete it')).toBeUndefined();
    expect(document.activeElement).toBe(button('Delete identity provider'));
  });

  it('says when the provider does not exist', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/identity-providers/nope', IdentityProviderPage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/admin/identity-providers/nope').flush(null, { status: 404, statusText: 'Not Found' });
    await settle(harness.fixture);

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Identity provider not found');
  });
});
