import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';

import { SiteService } from '../site/site.service';
import { SiteTitleStrategy, composeTitle } from './site-title-strategy';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

describe(SiteTitleStrategy.name, () => {
  let router: Router;
  let title: Title;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'sign-in', title: 'Sign in', component: BlankPage },
          { path: 'untitled', component: BlankPage },
        ]),
        { provide: TitleStrategy, useClass: SiteTitleStrategy },
      ],
    });
    router = TestBed.inject(Router);
    title = TestBed.inject(Title);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('titles a page "<page> – Moot" by default', async () => {
    await router.navigateByUrl('/sign-in');
    TestBed.tick();

    expect(title.getTitle()).toBe('Sign in – Moot');
  });

  it('uses the site name once the API has sent it', async () => {
    await router.navigateByUrl('/sign-in');
    const site = TestBed.inject(SiteService).load();
    http.expectOne('/api/site').flush({ siteName: 'Anytown Connect', devIdpEnabled: false });
    await site;
    TestBed.tick();

    expect(title.getTitle()).toBe('Sign in – Anytown Connect');
  });

  it('uses the site name alone for a page without a title', async () => {
    await router.navigateByUrl('/untitled');
    TestBed.tick();

    expect(title.getTitle()).toBe('Moot');
  });
});

describe(composeTitle.name, () => {
  it('joins page and site with an en dash', () => {
    expect(composeTitle('House rules', 'Moot')).toBe('House rules – Moot');
  });
});
