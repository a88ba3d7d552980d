import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionUser } from '@moot/contracts';

import { BrowserLocation } from '../browser/browser-location';
import { SessionService } from './session.service';
import { SignOutService } from './sign-out.service';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

const sam: SessionUser = {
  id: 's1',
  email: 'sam.jones@anytown.gov.uk',
  displayName: 'Sam Jones',
  jobTitle: null,
  department: null,
  role: 'member',
};

describe(SignOutService.name, () => {
  let sut: SignOutService;
  let session: SessionService;
  let router: Router;
  let http: HttpTestingController;
  let assign: jest.Mock<void, [string]>;

  beforeEach(async () => {
    assign = jest.fn<void, [string]>();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'sign-in', component: BlankPage },
          { path: 'groups', component: BlankPage },
          { path: 'house-rules', component: BlankPage },
        ]),
        { provide: BrowserLocation, useValue: { assign } },
      ],
    });
    sut = TestBed.inject(SignOutService);
    session = TestBed.inject(SessionService);
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
    const loaded = session.load();
    http.expectOne('/api/auth/me').flush(sam);
    await loaded;
    await router.navigateByUrl('/groups');
  });

  afterEach(() => http.verify());

  it('posts to /api/auth/logout, forgets the person and shows the sign-in page saying so', async () => {
    const signedOut = sut.signOut();
    const request = http.expectOne({ method: 'POST', url: '/api/auth/logout' });
    expect(sut.inProgress()).toBe(true);
    request.flush({ redirectTo: '/' });
    await signedOut;

    expect(session.me()).toBeNull();
    expect(router.url).toBe('/sign-in?signedOut=1');
    expect(assign).not.toHaveBeenCalled();
    expect(sut.inProgress()).toBe(false);
  });

  it('follows another relative path in the app', async () => {
    const signedOut = sut.signOut();
    http.expectOne('/api/auth/logout').flush({ redirectTo: '/house-rules' });
    await signedOut;

    expect(router.url).toBe('/house-rules');
    expect(assign).not.toHaveBeenCalled();
    expect(session.me()).toBeNull();
  });

  it('leaves for the identity provider’s single logout when the answer is an absolute URL', async () => {
    const slo = 'https://login.anytown.gov.uk/saml/logout?SAMLRequest=abc';
    const signedOut = sut.signOut();
    http.expectOne('/api/auth/logout').flush({ redirectTo: slo });
    await signedOut;

    expect(session.me()).toBeNull();
    expect(assign).toHaveBeenCalledWith(slo);
    expect(router.url).toBe('/groups');
  });

  it('treats 401 (already signed out) as done', async () => {
    const signedOut = sut.signOut();
    http.expectOne('/api/auth/logout').flush(null, { status: 401, statusText: 'Unauthorized' });
    await signedOut;

    expect(session.me()).toBeNull();
    expect(router.url).toBe('/sign-in?signedOut=1');
  });

  it('stays signed in and rejects when the API fails', async () => {
    const signedOut = sut.signOut();
    http.expectOne('/api/auth/logout').flush(null, { status: 503, statusText: 'Service Unavailable' });

    await expect(signedOut).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(session.me()).toEqual(sam);
    expect(sut.inProgress()).toBe(false);
  });
});
