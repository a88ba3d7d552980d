import { Clipboard } from '@angular/cdk/clipboard';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ScimTokenSummary } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { ScimTokensPage } from './scim-tokens-page';

const entra: ScimTokenSummary = {
  id: '7d1c3a9e-52c2-4c7e-9a0c-1f2e3d4c5b6a',
  name: 'Entra ID provisioning',
  prefix: 'moot_scim_ab',
  createdAt: '2026-11-01T09:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
};
const SECRET = 'moot_scim_abcdefghijklmnopqrstuvwxyz0123456789';

describe(ScimTokensPage.name, () => {
  let fixture: ComponentFixture<ScimTokensPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let copy: jest.Mock<boolean, [string]>;

  beforeEach(() => {
    copy = jest.fn<boolean, [string]>(() => true);
    TestBed.configureTestingModule({
      imports: [ScimTokensPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: Clipboard, useValue: { copy } }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(tokens: ScimTokenSummary[] | 'fails' = [entra]): Promise<void> {
    fixture = TestBed.createComponent(ScimTokensPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
    expect(page.textContent).toContain('Loading tokens');
    answerList(tokens);
    await settle(fixture);
  }

  function answerList(tokens: ScimTokenSummary[] | 'fails'): void {
    const request = http.expectOne({ method: 'GET', url: '/api/admin/scim-tokens' });
    if (tokens === 'fails') request.flush(null, { status: 500, statusText: 'Server Error' });
    else request.flush(tokens);
  }

  async function issue(name: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement>('#token-name')!;
    input.value = name;
    input.dispatchEvent(new Event('input'));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
  }

  const button = (name: string) =>
    Array.from(page.querySelectorAll('button')).find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name);
  const rows = () =>
    Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );

  it('lists tokens with name, prefix, created, last used and status, never the secret', async () => {
    await open([entra, { ...entra, id: 'r1', name: 'Old Okta', lastUsedAt: '2026-11-20T14:05:00.000Z', revokedAt: '2026-11-21T10:00:00.000Z' }]);

    expect(rows()).toEqual([
      ['Entra ID provisioning', 'moot_scim_ab', '1 Nov 2026', 'Never', 'Active', 'Revoke "Entra ID provisioning"'],
      ['Old Okta', 'moot_scim_ab', '1 Nov 2026', expect.stringMatching(/^20 Nov 2026, \d\d:05$/), 'Revoked 21 Nov 2026', ''],
    ]);
  });

  it('says what to do when there are no tokens', async () => {
    await open([]);

    expect(page.textContent).toContain('No SCIM tokens yet.');
  });

  it('offers to try again when the list fails', async () => {
    await open('fails');

    button('Try again')!.click();
    answerList([entra]);
    await settle(fixture);

    expect(rows()).toHaveLength(1);
  });

  it('shows a new token once, with a copy button and a warning, then forgets it', async () => {
    await open([]);

    await issue(' Entra ID provisioning ');
    const request = http.expectOne({ method: 'POST', url: '/api/admin/scim-tokens' });
    expect(request.request.body).toEqual({ name: 'Entra ID provisioning' });
    request.flush({ id: entra.id, name: entra.name, token: SECRET }, { status: 201, statusText: 'Created' });
    await settle(fixture);
    answerList([entra]);
    await settle(fixture);

    expect(page.querySelector('#issued-token')?.textContent).toBe(SECRET);
    expect(page.textContent).toContain('You will not be able to see this token again.');
    expect(document.activeElement?.textContent?.trim()).toBe('Copy your new token now');
    expect(page.querySelector<HTMLInputElement>('#token-name')?.value).toBe('');
    expect(page.querySelector('.mat-mdc-form-field-error')).toBeNull();

    button('Copy token')!.click();
    expect(copy).toHaveBeenCalledWith(SECRET);

    button('I have copied the token')!.click();
    await settle(fixture);
    expect(page.textContent).not.toContain(SECRET);
    expect(rows()[0][0]).toBe('Entra ID provisioning');
  });

  it('asks for a name before issuing', async () => {
    await open([]);

    await issue('   ');

    http.expectNone({ method: 'POST' });
    expect(page.querySelector('.moot-error-summary a[href="#token-name"]')?.textContent?.trim()).toBe(
      'Enter a name for the token',
    );
  });

  it('shows the API’s message for the name from a 400', async () => {
    await open([]);

    await issue('x'.repeat(50));
    http.expectOne('/api/admin/scim-tokens').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Some fields are not valid: name.',
        errors: [{ field: 'name', messages: ['name must be at most 100 characters'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(page.querySelector('.moot-error-summary')?.textContent).toContain('Name must be at most 100 characters');
    expect(page.querySelector('mat-error')?.textContent?.trim()).toBe('Name must be at most 100 characters');
  });

  it('asks for confirmation before revoking, and revokes only when confirmed', async () => {
    await open();

    button('Revoke "Entra ID provisioning"')!.click();
    await settle(fixture);
    http.expectNone({ method: 'DELETE' });
    expect(document.activeElement?.textContent?.trim()).toBe('Are you sure you want to revoke "Entra ID provisioning"?');

    button('Yes, revoke it')!.click();
    http.expectOne({ method: 'DELETE', url: `/api/admin/scim-tokens/${entra.id}` }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle(fixture);
    answerList([{ ...entra, revokedAt: '2026-11-22T10:00:00.000Z' }]);
    await settle(fixture);

    expect(page.querySelector('[role="status"] .moot-notice')?.textContent?.trim()).toBe(
      '"Entra ID provisioning" has been revoked.',
    );
    expect(rows()[0][4]).toBe('Revoked 22 Nov 2026');
    expect(button('Yes, revoke it')).toBeUndefined();
  });

  it('revokes nothing when cancelled', async () => {
    await open();

    button('Revoke "Entra ID provisioning"')!.click();
    await settle(fixture);
    button('No, keep it')!.click();
    await settle(fixture);

    http.expectNone({ method: 'DELETE' });
    expect(button('Yes, revoke it')).toBeUndefined();
    expect(document.activeElement).toBe(button('Revoke "Entra ID provisioning"'));
  });

  it('shows the SCIM base URL to copy', async () => {
    await open();

    expect(page.textContent).toContain('http://localhost/scim/v2');
  });
});
