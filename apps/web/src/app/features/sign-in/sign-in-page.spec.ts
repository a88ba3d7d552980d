import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SignInProvider, SiteInfo } from '@moot/contracts';
import { BrowserLocation } from '@moot/web/core/browser/browser-location';
import { settle } from '@moot/web-testing/settle';

import { UNKNOWN_DOMAIN_MESSAGE } from './sign-in-errors';
import { SignInPage } from './sign-in-page';

const anytown: SignInProvider = {
  slug: 'anytown',
  displayName: 'Anytown Council',
  loginUrl: '/api/auth/saml/anytown/login',
};
const shiredale: SignInProvider = {
  slug: 'shiredale',
  displayName: 'Shiredale District Council',
  loginUrl: '/api/auth/saml/shiredale/login',
};

describe(SignInPage.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let assign: jest.Mock<void, [string]>;
  let page: HTMLElement;

  beforeEach(() => {
    assign = jest.fn<void, [string]>();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'sign-in', component: SignInPage }], withComponentInputBinding()),
        { provide: BrowserLocation, useValue: { assign } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(
    url = '/sign-in',
    { site = { siteName: 'Moot', devIdpEnabled: false }, providers = [anytown, shiredale] }: OpenOptions = {},
  ): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, SignInPage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/site').flush(site);
    const providerRequest = http.expectOne('/api/auth/providers');
    if (providers === 'fails') providerRequest.flush(null, { status: 500, statusText: 'Server Error' });
    else providerRequest.flush({ providers });
    await settle(harness.fixture);
  }

  async function submit(email: string): Promise<void> {
    const input = emailInput();
    input.value = email;
    input.dispatchEvent(new Event('input'));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);
  }

  function discoverRequest(): TestRequest {
    return http.expectOne((req) => req.method === 'GET' && req.url === '/api/auth/discover');
  }

  const emailInput = () => page.querySelector<HTMLInputElement>('input#email')!;
  const label = () => page.querySelector(`label[for="${emailInput().id}"]`)?.textContent?.trim();
  const describedBy = () =>
    (emailInput().getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => page.querySelector(`[id="${id}"]`)?.textContent?.trim());
  const errorSummary = () => page.querySelector<HTMLElement>('.moot-error-summary');

  it('asks for a work email in a labelled field', async () => {
    await open();

    expect(label()).toBe('Your work email');
    expect(emailInput().type).toBe('email');
    expect(emailInput().getAttribute('autocomplete')).toBe('email');
    expect(page.querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Continue');
  });

  it('shows a required error and asks nothing of the API when the field is empty', async () => {
    await open();

    await submit('   ');

    http.expectNone((req) => req.url === '/api/auth/discover');
    expect(describedBy()).toContain('Enter your work email address');
    expect(errorSummary()?.textContent).toContain('Enter your work email address');
  });

  it('shows a format error tied to the field, focuses the summary and makes no request', async () => {
    await open();

    await submit('priya.shah-at-anytown');

    http.expectNone((req) => req.url === '/api/auth/discover');
    const message = 'Enter an email address in the correct format, like name@council.gov.uk';
    expect(describedBy()).toContain(message);
    expect(errorSummary()?.textContent).toContain('There is a problem');
    expect(errorSummary()?.querySelector('a[href="#email"]')?.textContent?.trim()).toBe(message);
    expect(document.activeElement).toBe(errorSummary());
    expect(assign).not.toHaveBeenCalled();
  });

  it('sends someone with a known domain to their provider, keeping a safe returnTo', async () => {
    await open('/sign-in?returnTo=%2Fgroups%2Fplanning');

    await submit(' priya.shah@anytown.gov.uk ');
    const request = discoverRequest();
    expect(request.request.params.get('email')).toBe('priya.shah@anytown.gov.uk');
    expect(page.textContent).toContain('Checking your email address');
    request.flush({ provider: anytown });
    await settle(harness.fixture);

    expect(assign).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledWith('/api/auth/saml/anytown/login?returnTo=%2Fgroups%2Fplanning');
    expect(page.textContent).toContain('Taking you to Anytown Council to sign in');
  });

  it('lets someone try again after coming back from the provider with the Back button', async () => {
    await open();
    await submit('priya.shah@anytown.gov.uk');
    discoverRequest().flush({ provider: anytown });
    await settle(harness.fixture);

    window.dispatchEvent(new Event('pageshow'));
    await submit('priya.shah@anytown.gov.uk');
    discoverRequest().flush({ provider: anytown });
    await settle(harness.fixture);

    expect(assign).toHaveBeenCalledTimes(2);
  });

  it('replaces an unsafe returnTo with / before leaving for the provider', async () => {
    await open('/sign-in?returnTo=https%3A%2F%2Fevil.example%2F');

    await submit('priya.shah@anytown.gov.uk');
    discoverRequest().flush({ provider: anytown });
    await settle(harness.fixture);

    expect(assign).toHaveBeenCalledWith('/api/auth/saml/anytown/login?returnTo=%2F');
  });

  it('explains an unknown domain (404) on the field and stays on the page', async () => {
    await open();

    await submit('someone@unknown.example');
    discoverRequest().flush(
      { statusCode: 404, code: 'NOT_FOUND', message: 'No identity provider for that domain' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle(harness.fixture);

    expect(describedBy()).toContain(UNKNOWN_DOMAIN_MESSAGE);
    expect(emailInput().getAttribute('aria-invalid')).toBe('true');
    expect(errorSummary()?.textContent).toContain(UNKNOWN_DOMAIN_MESSAGE);
    expect(assign).not.toHaveBeenCalled();
  });

  it('shows the API field message when it rejects the email (400)', async () => {
    await open();

    await submit('priya@anytown.gov.uk');
    discoverRequest().flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Check your email address',
        errors: [{ field: 'email', messages: ['Email address is too long'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness.fixture);

    expect(describedBy()).toContain('Email address is too long');
  });

  it('says so, without blaming the field, when the API fails', async () => {
    await open();

    await submit('priya@anytown.gov.uk');
    discoverRequest().flush(null, { status: 503, statusText: 'Service Unavailable' });
    await settle(harness.fixture);

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      "Sorry, we couldn't find your organisation's sign-in just now",
    );
    expect(emailInput().getAttribute('aria-invalid')).toBe('false');
    expect(assign).not.toHaveBeenCalled();
  });

  it('lists every provider as a sign-in link that carries returnTo', async () => {
    await open('/sign-in?returnTo=%2Fpeople');

    const links = Array.from(page.querySelectorAll('.sign-in-providers__list a')).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Sign in with Anytown Council', '/api/auth/saml/anytown/login?returnTo=%2Fpeople'],
      ['Sign in with Shiredale District Council', '/api/auth/saml/shiredale/login?returnTo=%2Fpeople'],
    ]);
  });

  it('says what to do when no provider is set up', async () => {
    await open('/sign-in', { providers: [] });

    expect(page.querySelector('.sign-in-providers__list')).toBeNull();
    expect(page.textContent).toContain('No organisations can sign in yet');
  });

  it('offers to try again when the provider list fails to load', async () => {
    await open('/sign-in', { providers: 'fails' });
    expect(page.textContent).toContain("We couldn't load the list of organisations.");

    const retry = Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Try again');
    retry!.click();
    http.expectOne('/api/auth/providers').flush({ providers: [anytown] });
    await settle(harness.fixture);

    expect(page.querySelector('.sign-in-providers__list a')?.textContent?.trim()).toBe(
      'Sign in with Anytown Council',
    );
  });

  it('shows the development sign-in notice only when the dev IdP is enabled', async () => {
    await open('/sign-in', { site: { siteName: 'Moot', devIdpEnabled: true } });

    expect(page.textContent).toContain('This is a development sign-in');
  });

  it('shows no development notice on a real deployment', async () => {
    await open();

    expect(page.textContent).not.toContain('development sign-in');
  });

  it('says "You have signed out" after signing out', async () => {
    await open('/sign-in?signedOut=1');

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('You have signed out.');
  });

  it.each([
    ['deactivated', 'Your account has been deactivated. If you think this is wrong, contact your IT service desk.'],
    ['expired', 'Your session has ended. Please sign in again.'],
    ['signed-out', 'You have been signed out.'],
    ['something-else', 'Your session has ended. Please sign in again.'],
  ])('explains a session the server ended (%s)', async (reason, message) => {
    await open(`/sign-in?ended=${reason}`);

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(message);
  });

  it('shows no session message on an ordinary visit', async () => {
    await open();

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
  });
});

interface OpenOptions {
  site?: SiteInfo;
  providers?: SignInProvider[] | 'fails';
}
