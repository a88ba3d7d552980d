import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionUser } from '@moot/contracts';

import { authGuard } from './auth.guard';
import { SessionService } from './session.service';

@Component({ template: 'private page', changeDetection: ChangeDetectionStrategy.OnPush })
class PrivatePage {}

@Component({ template: 'sign-in page', changeDetection: ChangeDetectionStrategy.OnPush })
class SignInStub {}

const signedInUser: SessionUser = {
  id: 'c5d2',
  email: 'sam.jones@anytown.gov.uk',
  displayName: 'Sam Jones',
  jobTitle: null,
  department: null,
  role: 'member',
};

describe('authGuard', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'groups/:slug', component: PrivatePage, canActivate: [authGuard] },
          { path: 'sign-in', component: SignInStub },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function sessionAnswers(status: 200 | 401): Promise<void> {
    const loaded = TestBed.inject(SessionService).load();
    const request = http.expectOne('/api/auth/me');
    if (status === 200) request.flush(signedInUser);
    else request.flush(null, { status: 401, statusText: 'Unauthorized' });
    await loaded;
  }

  it('sends a signed-out person to sign in, remembering where they were going', async () => {
    await sessionAnswers(401);

    await router.navigateByUrl('/groups/planning?tab=posts');

    expect(router.url).toBe('/sign-in?returnTo=%2Fgroups%2Fplanning%3Ftab%3Dposts');
    expect(router.parseUrl(router.url).queryParams['returnTo']).toBe('/groups/planning?tab=posts');
  });

  it('lets a signed-in person through', async () => {
    await sessionAnswers(200);

    await expect(router.navigateByUrl('/groups/planning')).resolves.toBe(true);

    expect(router.url).toBe('/groups/planning');
  });

  it('waits for the session check before deciding', async () => {
    const navigation = router.navigateByUrl('/groups/planning');
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/auth/me').flush(signedInUser);

    await expect(navigation).resolves.toBe(true);
    expect(router.url).toBe('/groups/planning');
  });
});
