import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionUser } from '@moot/contracts';

import { AdminForbiddenPage } from './admin-forbidden-page';
import { adminGuard } from './admin.guard';

@Component({ template: '<h1>Admin tools</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class AdminToolsStub {}

@Component({ template: '<h1>Sign in</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class SignInStub {}

const member: SessionUser = {
  id: 'm1',
  email: 'sam.jones@anytown.gov.uk',
  displayName: 'Sam Jones',
  jobTitle: null,
  department: null,
  role: 'member',
};

describe('adminGuard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'admin', canMatch: [adminGuard], children: [{ path: '**', component: AdminToolsStub }] },
          { path: 'admin', children: [{ path: '**', component: AdminForbiddenPage }] },
          { path: 'sign-in', component: SignInStub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function visit(url: string, user: SessionUser | null): Promise<HTMLElement> {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await new Promise((resolve) => setTimeout(resolve));
    const request = http.expectOne('/api/auth/me');
    if (user) request.flush(user);
    else request.flush(null, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    harness.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  }

  it('lets a site admin in', async () => {
    const page = await visit('/admin/scim-tokens', { ...member, role: 'admin' });

    expect(page.querySelector('h1')?.textContent).toBe('Admin tools');
    expect(TestBed.inject(Router).url).toBe('/admin/scim-tokens');
  });

  it('shows a member "You need to be a site admin" at the same address', async () => {
    const page = await visit('/admin/identity-providers', member);

    expect(page.querySelector('h1')?.textContent).toBe('You need to be a site admin');
    expect(TestBed.inject(Router).url).toBe('/admin/identity-providers');
  });

  it('sends someone signed out to sign in, then back', async () => {
    await visit('/admin/scim-tokens', null);

    expect(TestBed.inject(Router).url).toBe('/sign-in?returnTo=%2Fadmin%2Fscim-tokens');
  });
});
