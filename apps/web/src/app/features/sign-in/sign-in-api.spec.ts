import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SignInProvider } from '@moot/contracts';

import { SignInApi } from './sign-in-api';

const anytown: SignInProvider = { slug: 'anytown', displayName: 'Anytown Council', loginUrl: '/api/auth/saml/anytown/login' };

describe(SignInApi.name, () => {
  let sut: SignInApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(SignInApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('discovers the provider for an email address, encoding it as a query parameter', async () => {
    const discovered = sut.discover('priya+moot@anytown.gov.uk');

    const request = http.expectOne((req) => req.url === '/api/auth/discover');
    expect(request.request.method).toBe('GET');
    expect(request.request.urlWithParams).toBe('/api/auth/discover?email=priya%2Bmoot@anytown.gov.uk');
    request.flush({ provider: anytown });

    await expect(discovered).resolves.toEqual(anytown);
  });

  it('rejects with the HTTP error when the domain is unknown', async () => {
    const discovered = sut.discover('someone@unknown.example');
    http.expectOne((req) => req.url === '/api/auth/discover').flush(null, { status: 404, statusText: 'Not Found' });

    await expect(discovered).rejects.toBeInstanceOf(HttpErrorResponse);
  });

  it('lists the providers', async () => {
    const providers = sut.providers();
    http.expectOne({ method: 'GET', url: '/api/auth/providers' }).flush({ providers: [anytown] });

    await expect(providers).resolves.toEqual([anytown]);
  });
});
