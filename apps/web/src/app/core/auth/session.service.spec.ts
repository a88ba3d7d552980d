import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionUser } from '@moot/contracts';

import { SessionService } from './session.service';

const priya: SessionUser = {
  id: '0b9f3c4e-3f4a-4d1e-9a55-0d7c1c2b6a11',
  email: 'priya.shah@anytown.gov.uk',
  displayName: 'Priya Shah',
  jobTitle: 'Engagement officer',
  department: 'Communications',
  role: 'member',
};

describe(SessionService.name, () => {
  let sut: SessionService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(SessionService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('holds the signed-in person when /api/auth/me answers 200', async () => {
    const loaded = sut.load();
    expect(sut.status()).toBe('loading');
    http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(priya);

    await expect(loaded).resolves.toEqual(priya);
    expect(sut.me()).toEqual(priya);
    expect(sut.signedIn()).toBe(true);
    expect(sut.error()).toBeNull();
    expect(sut.status()).toBe('known');
  });

  it('treats 401 as signed out, not as an error', async () => {
    const loaded = sut.load();
    http.expectOne('/api/auth/me').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });

    await expect(loaded).resolves.toBeNull();
    expect(sut.me()).toBeNull();
    expect(sut.signedIn()).toBe(false);
    expect(sut.error()).toBeNull();
    expect(sut.status()).toBe('known');
  });

  it('reports any other failure as an error and nobody signed in', async () => {
    const loaded = sut.load();
    http.expectOne('/api/auth/me').flush(null, { status: 503, statusText: 'Service Unavailable' });

    await expect(loaded).resolves.toBeNull();
    expect(sut.me()).toBeNull();
    expect(sut.error()).toEqual({ status: 503 });
  });

  it('reports an unreachable API as status 0', async () => {
    const loaded = sut.load();
    http.expectOne('/api/auth/me').error(new ProgressEvent('error'));

    await expect(loaded).resolves.toBeNull();
    expect(sut.error()).toEqual({ status: 0 });
  });

  it('asks the API once however many callers load the session', async () => {
    const first = sut.load();
    const second = sut.load();
    http.expectOne('/api/auth/me').flush(priya);

    await expect(Promise.all([first, second])).resolves.toEqual([priya, priya]);
    await expect(sut.load()).resolves.toEqual(priya);
  });

  it('checks again on refresh and clears an earlier error', async () => {
    const failed = sut.load();
    http.expectOne('/api/auth/me').flush(null, { status: 500, statusText: 'Server Error' });
    await failed;
    expect(sut.error()).not.toBeNull();

    const refreshed = sut.refresh();
    http.expectOne('/api/auth/me').flush(priya);

    await expect(refreshed).resolves.toEqual(priya);
    expect(sut.error()).toBeNull();
    expect(sut.me()).toEqual(priya);
  });

  it('forgets the person on clear, and later loads answer "signed out" without asking again', async () => {
    const loaded = sut.load();
    http.expectOne('/api/auth/me').flush(priya);
    await loaded;

    sut.clear();

    expect(sut.me()).toBeNull();
    expect(sut.signedIn()).toBe(false);
    expect(sut.status()).toBe('known');
    await expect(sut.load()).resolves.toBeNull();
  });
});
