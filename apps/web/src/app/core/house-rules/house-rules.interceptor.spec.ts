import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { houseRulesInterceptor } from './house-rules.interceptor';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('houseRulesInterceptor', () => {
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([houseRulesInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'posts/:id', component: Blank },
          { path: 'house-rules/accept', component: Blank },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    await router.navigateByUrl('/posts/p1');
  });

  afterEach(() => http.verify());

  it('sends someone refused for not accepting the house rules to accept them, then back', async () => {
    const reply = firstValueFrom(TestBed.inject(HttpClient).post('/api/posts/p1/replies', { body: 'Hi' }));
    http
      .expectOne('/api/posts/p1/replies')
      .flush({ code: 'HOUSE_RULES_NOT_ACCEPTED', message: 'Accept first' }, { status: 403, statusText: 'Forbidden' });
    await expect(reply).rejects.toMatchObject({ status: 403 });
    http.expectOne('/api/auth/me').flush({ id: 'u', mustAcceptHouseRules: true });
    await new Promise((resolve) => setTimeout(resolve));

    expect(router.url).toBe('/house-rules/accept?returnTo=%2Fposts%2Fp1');
  });

  it('leaves other refusals alone', async () => {
    const reply = firstValueFrom(TestBed.inject(HttpClient).post('/api/posts/p1/replies', { body: 'Hi' }));
    http.expectOne('/api/posts/p1/replies').flush({ code: 'POST_FORBIDDEN', message: 'No' }, { status: 403, statusText: 'Forbidden' });
    await expect(reply).rejects.toMatchObject({ status: 403 });

    expect(router.url).toBe('/posts/p1');
  });
});
