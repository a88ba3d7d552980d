import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionUser } from '@moot/contracts';

import { SessionService } from '../auth/session.service';
import { houseRulesGuard } from './house-rules.guard';

@Component({ template: 'a page', changeDetection: ChangeDetectionStrategy.OnPush })
class SomePage {}

const sam: SessionUser = {
  id: 'c5d2',
  email: 'sam.jones@anytown.gov.uk',
  displayName: 'Sam Jones',
  jobTitle: null,
  department: null,
  role: 'member',
  mustAcceptHouseRules: false,
};

describe('houseRulesGuard', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'groups/:slug', component: SomePage, canActivate: [houseRulesGuard] },
          { path: 'house-rules/accept', component: SomePage },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function sessionAnswers(user: SessionUser | null): Promise<void> {
    const loaded = TestBed.inject(SessionService).load();
    const request = http.expectOne('/api/auth/me');
    if (user) request.flush(user);
    else request.flush(null, { status: 401, statusText: 'Unauthorized' });
    await loaded;
  }

  it('sends someone who must accept the house rules to accept them, remembering where they were going', async () => {
    await sessionAnswers({ ...sam, mustAcceptHouseRules: true });

    await router.navigateByUrl('/groups/planning?tab=about');

    expect(router.url).toBe('/house-rules/accept?returnTo=%2Fgroups%2Fplanning%3Ftab%3Dabout');
  });

  it('lets through someone who has accepted', async () => {
    await sessionAnswers(sam);

    await expect(router.navigateByUrl('/groups/planning')).resolves.toBe(true);
    expect(router.url).toBe('/groups/planning');
  });

  it('lets signed-out people through (authGuard sends them to sign in)', async () => {
    await sessionAnswers(null);

    await expect(router.navigateByUrl('/groups/planning')).resolves.toBe(true);
  });
});
