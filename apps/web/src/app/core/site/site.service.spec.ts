import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { FALLBACK_SITE, SiteService } from './site.service';

describe(SiteService.name, () => {
  let sut: SiteService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(SiteService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('uses the site facts from /api/site', async () => {
    const loaded = sut.load();
    http.expectOne({ method: 'GET', url: '/api/site' }).flush({ siteName: 'Anytown Moot', devIdpEnabled: true });

    await expect(loaded).resolves.toEqual({ siteName: 'Anytown Moot', devIdpEnabled: true });
    expect(sut.siteName()).toBe('Anytown Moot');
    expect(sut.devIdpEnabled()).toBe(true);
    expect(sut.status()).toBe('loaded');
  });

  it('falls back to "Moot" without the development notice when the API fails', async () => {
    const loaded = sut.load();
    http.expectOne('/api/site').flush(null, { status: 500, statusText: 'Server Error' });

    await expect(loaded).resolves.toEqual(FALLBACK_SITE);
    expect(sut.siteName()).toBe('Moot');
    expect(sut.devIdpEnabled()).toBe(false);
    expect(sut.status()).toBe('failed');
  });

  it('falls back to "Moot" when the site name is blank', async () => {
    const loaded = sut.load();
    http.expectOne('/api/site').flush({ siteName: '  ', devIdpEnabled: false });

    await loaded;
    expect(sut.siteName()).toBe('Moot');
  });

  it('asks the API only once', async () => {
    const loads = Promise.all([sut.load(), sut.load()]);
    http.expectOne('/api/site').flush({ siteName: 'Moot', devIdpEnabled: false });

    await loads;
    await sut.load();
  });
});
