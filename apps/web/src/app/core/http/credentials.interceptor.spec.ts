import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { CSRF_HEADER, credentialsInterceptor, readCsrfToken } from './credentials.interceptor';

describe('credentialsInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let document: Document;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([credentialsInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    document = TestBed.inject(DOCUMENT);
  });

  afterEach(() => {
    backend.verify();
    for (const name of ['moot_csrf', 'other']) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  });

  it('sends credentials but no CSRF header on a read', async () => {
    document.cookie = 'moot_csrf=token-123; path=/';
    const response = firstValueFrom(http.get('/api/auth/me'));

    const pending = backend.expectOne('/api/auth/me');
    expect(pending.request.withCredentials).toBe(true);
    expect(pending.request.headers.has(CSRF_HEADER)).toBe(false);
    pending.flush({ id: 'u1' });
    await expect(response).resolves.toEqual({ id: 'u1' });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('echoes the moot_csrf cookie on %s', async (method) => {
    document.cookie = 'other=1; path=/';
    document.cookie = 'moot_csrf=token%2B123; path=/';
    const response = firstValueFrom(http.request(method, '/api/posts', { body: {} }));

    const pending = backend.expectOne('/api/posts');
    expect(pending.request.withCredentials).toBe(true);
    expect(pending.request.headers.get(CSRF_HEADER)).toBe('token+123');
    pending.flush({});
    await expect(response).resolves.toEqual({});
  });

  it('sends no CSRF header when there is no CSRF cookie', async () => {
    const response = firstValueFrom(http.post('/api/posts', {}));

    const pending = backend.expectOne('/api/posts');
    expect(pending.request.headers.has(CSRF_HEADER)).toBe(false);
    pending.flush({});
    await response;
  });

  it('never sends credentials or the token to another origin', async () => {
    document.cookie = 'moot_csrf=token-123; path=/';
    const response = firstValueFrom(http.post('https://elsewhere.example/collect', {}));

    const pending = backend.expectOne('https://elsewhere.example/collect');
    expect(pending.request.withCredentials).toBe(false);
    expect(pending.request.headers.has(CSRF_HEADER)).toBe(false);
    pending.flush({});
    await response;
  });
});

describe(readCsrfToken.name, () => {
  it('prefers the __Host- cookie used over HTTPS', () => {
    expect(readCsrfToken('moot_csrf=plain; __Host-moot_csrf=secure')).toBe('secure');
  });

  it('reads the plain cookie used in development', () => {
    expect(readCsrfToken('a=1; moot_csrf=plain; b=2')).toBe('plain');
  });

  it('ignores look-alike cookie names', () => {
    expect(readCsrfToken('xmoot_csrf=nope; moot_csrf_old=nope')).toBeNull();
  });
});
