import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { anIdentityProvider } from '@moot/web-testing/identity-providers';
import { settle } from '@moot/web-testing/settle';

import { IdentityProviderFormPage } from './identity-provider-form-page';

@Component({ template: '<h1>Provider</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class ProviderStub {}

const METADATA = '<EntityDescriptor entityID="https://sts.windows.net/anytown/">…</EntityDescriptor>';

describe(IdentityProviderFormPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'admin/identity-providers/new', component: IdentityProviderFormPage },
            { path: 'admin/identity-providers/:id/edit', component: IdentityProviderFormPage },
            { path: 'admin/identity-providers/:id', component: ProviderStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, IdentityProviderFormPage);
    page = harness.routeNativeElement as HTMLElement;
    await settle(harness.fixture);
  }

  function type(id: string, value: string): void {
    const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  function toggle(id: string): void {
    page.querySelector<HTMLButtonElement>(`#${id} button`)!.click();
  }

  async function submit(): Promise<void> {
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);
  }

  const labelOf = (id: string) => page.querySelector(`label[for="${id}"]`)?.textContent?.trim();
  const describedBy = (id: string) =>
    (page.querySelector(`#${id}`)?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((describer) => page.querySelector(`[id="${describer}"]`)?.textContent?.trim());
  const summaryLinks = () =>
    Array.from(page.querySelectorAll('.moot-error-summary a')).map((a) => [a.getAttribute('href'), a.textContent?.trim()]);

  it('labels every field of the add form', async () => {
    await open('/admin/identity-providers/new');

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Add an identity provider');
    expect(labelOf('display-name')).toBe('Display name');
    expect(labelOf('slug')).toBe('Slug');
    expect(labelOf('email-domains')).toBe('Email domains (optional)');
    expect(labelOf('metadata-file')).toBe('Choose the metadata file');
    expect(labelOf('metadata-xml')).toBe('Or paste the metadata XML');
    expect(page.querySelector('#attr-email')).toBeNull();
  });

  it('sends the body the API expects and shows the new provider', async () => {
    await open('/admin/identity-providers/new');
    type('display-name', ' Anytown Council ');
    type('slug', 'anytown');
    type('email-domains', 'anytown.gov.uk, anytown-leisure.org.uk');
    type('metadata-xml', METADATA);
    toggle('jit-provisioning');
    toggle('allow-unsolicited');

    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/admin/identity-providers' });
    expect(request.request.body).toEqual({
      slug: 'anytown',
      displayName: 'Anytown Council',
      metadataXml: METADATA,
      emailDomains: ['anytown.gov.uk', 'anytown-leisure.org.uk'],
      jitProvisioning: false,
      allowUnsolicited: true,
    });
    request.flush(anIdentityProvider(), { status: 201, statusText: 'Created' });
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/admin/identity-providers/5f0c8a52-8d0e-4a43-9a57-2f1e6a0f6b01?saved=added');
  });

  it('checks the required fields before asking the API', async () => {
    await open('/admin/identity-providers/new');
    type('slug', 'Anytown Council');

    await submit();

    http.expectNone('/api/admin/identity-providers');
    expect(summaryLinks()).toEqual([
      ['#slug', 'Slug must be 1–40 lower-case letters, digits or hyphens, not starting or ending with a hyphen'],
      ['#display-name', 'Enter a display name'],
      ['#metadata-xml', "Paste the identity provider's metadata XML or choose the metadata file"],
    ]);
    expect(document.activeElement).toBe(page.querySelector('.moot-error-summary'));
  });

  it('shows the API’s field errors from a 400 on each field and in the summary', async () => {
    await open('/admin/identity-providers/new');
    type('display-name', 'Anytown Council');
    type('slug', 'anytown');
    type('email-domains', 'anytown');
    type('metadata-xml', '<nope/>');

    await submit();
    http.expectOne('/api/admin/identity-providers').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Some fields are not valid: emailDomains, metadataXml.',
        errors: [
          { field: 'emailDomains', messages: ['emailDomains each must be a domain name such as example.gov.uk'] },
          { field: 'metadataXml', messages: ['the XML has no IDPSSODescriptor'] },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness.fixture);

    expect(summaryLinks()).toEqual([
      ['#email-domains', 'Email domains each must be a domain name such as example.gov.uk'],
      ['#metadata-xml', 'The XML has no IDPSSODescriptor'],
    ]);
    expect(describedBy('email-domains')).toContain('Email domains each must be a domain name such as example.gov.uk');
    expect(page.querySelector('#email-domains')?.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy('metadata-xml')).toContain('The XML has no IDPSSODescriptor');
  });

  it('shows a 409 (slug taken) on the slug field, and lets the corrected form be sent', async () => {
    await open('/admin/identity-providers/new');
    type('display-name', 'Anytown Council');
    type('slug', 'anytown');
    type('metadata-xml', METADATA);
    await submit();
    http.expectOne('/api/admin/identity-providers').flush(
      {
        statusCode: 409,
        code: 'IDP_SLUG_TAKEN',
        message: 'Another identity provider already uses the slug "anytown".',
        errors: [{ field: 'slug', messages: ['is already used by another identity provider'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(harness.fixture);
    expect(describedBy('slug')).toContain('Slug is already used by another identity provider');

    type('slug', 'anytown-2');
    await submit();

    expect(http.expectOne('/api/admin/identity-providers').request.body.slug).toBe('anytown-2');
  });

  it('says so when saving fails for another reason', async () => {
    await open('/admin/identity-providers/new');
    type('display-name', 'Anytown Council');
    type('slug', 'anytown');
    type('metadata-xml', METADATA);
    await submit();
    http.expectOne('/api/admin/identity-providers').flush(null, { status: 500, statusText: 'Server Error' });
    await settle(harness.fixture);

    expect(page.querySelector('[role="alert"]')?.textContent).toContain("We couldn't save the identity provider");
  });

  it('edits a provider: fills the form, and sends settings, mapping and the enabled switch', async () => {
    const idp = anIdentityProvider({ attributeMapping: { department: 'http://schemas.anytown.gov.uk/department' } });
    await open(`/admin/identity-providers/${idp.id}/edit`);
    http.expectOne({ method: 'GET', url: `/api/admin/identity-providers/${idp.id}` }).flush(idp);
    await settle(harness.fixture);

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Change Anytown Council');
    expect(page.querySelector<HTMLInputElement>('#slug')?.value).toBe('anytown');
    expect(page.querySelector<HTMLInputElement>('#attr-department')?.value).toBe(
      'http://schemas.anytown.gov.uk/department',
    );
    type('attr-jobTitle', ' title ');
    toggle('enabled');

    await submit();
    const request = http.expectOne({ method: 'PATCH', url: `/api/admin/identity-providers/${idp.id}` });
    expect(request.request.body).toEqual({
      slug: 'anytown',
      displayName: 'Anytown Council',
      emailDomains: ['anytown.gov.uk'],
      attributeMapping: { department: 'http://schemas.anytown.gov.uk/department', jobTitle: 'title' },
      jitProvisioning: true,
      allowUnsolicited: false,
      enabled: false,
    });
    request.flush({ ...idp, enabled: false });
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe(`/admin/identity-providers/${idp.id}?saved=changed`);
  });

  it('sends replacement metadata only when some is given, and shows a nested mapping error', async () => {
    const idp = anIdentityProvider();
    await open(`/admin/identity-providers/${idp.id}/edit`);
    http.expectOne(`/api/admin/identity-providers/${idp.id}`).flush(idp);
    await settle(harness.fixture);
    type('metadata-xml', METADATA);

    await submit();
    const request = http.expectOne({ method: 'PATCH', url: `/api/admin/identity-providers/${idp.id}` });
    expect(request.request.body.metadataXml).toBe(METADATA);
    request.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Some fields are not valid',
        errors: [{ field: 'attributeMapping.email', messages: ['email must be a SAML attribute name of 1–256 characters'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness.fixture);

    expect(summaryLinks()).toEqual([
      ['#attr-email', 'Email address attribute must be a SAML attribute name of 1–256 characters'],
    ]);
  });

  it('reads an uploaded metadata file into the text box', async () => {
    await open('/admin/identity-providers/new');
    const input = page.querySelector<HTMLInputElement>('#metadata-file')!;
    const file = new File([METADATA], 'anytown-metadata.xml', { type: 'application/xml' });
    Object.defineProperty(input, 'files', { value: [file] });

    input.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(harness.fixture);

    expect(page.querySelector<HTMLTextAreaElement>('#metadata-xml')?.value).toBe(METADATA);
    expect(page.textContent).toContain('Read anytown-metadata.xml into the metadata box.');
  });

  it('says when the provider to edit does not exist', async () => {
    await open('/admin/identity-providers/unknown/edit');
    http.expectOne('/api/admin/identity-providers/unknown').flush(null, { status: 404, statusText: 'Not Found' });
    await settle(harness.fixture);

    expect(page.textContent).toContain('This identity provider does not exist.');
    expect(page.querySelector('form')).toBeNull();
  });
});
