import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionUser } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { Shell } from './shell';

@Component({ template: '<h1>Somewhere</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class SomewherePage {}

const alex: SessionUser = {
  id: 'a1',
  email: 'alex.khan@anytown.gov.uk',
  displayName: 'Alex Khan',
  jobTitle: null,
  department: null,
  role: 'member',
};

describe(Shell.name, () => {
  let fixture: ComponentFixture<Shell>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      // The header's search and bell load when a test says so (in the app: once the page is idle).
      deferBlockBehavior: DeferBlockBehavior.Manual,
      imports: [Shell],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: SomewherePage },
          { path: 'somewhere', component: SomewherePage },
          { path: 'sign-in', component: SomewherePage },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Shell);
    element = fixture.nativeElement;
  });

  afterEach(() => http.verify());

  async function answer(site: object | 'fails', me: SessionUser | null): Promise<void> {
    const siteRequest = http.expectOne('/api/site');
    if (site === 'fails') siteRequest.flush(null, { status: 500, statusText: 'Server Error' });
    else siteRequest.flush(site);
    const meRequest = http.expectOne('/api/auth/me');
    if (me) meRequest.flush(me);
    else meRequest.flush(null, { status: 401, statusText: 'Unauthorized' });
    await settle(fixture);
  }

  const siteName = () => element.querySelector('header a')?.textContent?.trim();

  it('shows the site name from /api/site', async () => {
    await answer({ siteName: 'Anytown Connect', devIdpEnabled: false }, null);

    expect(siteName()).toBe('Anytown Connect');
  });

  it('falls back to "Moot" when /api/site fails', async () => {
    await answer('fails', null);

    expect(siteName()).toBe('Moot');
  });

  it('puts the skip link first and points it at the main content', async () => {
    await answer('fails', null);

    const firstFocusable = element.querySelector('a[href], button, input');
    expect(firstFocusable?.textContent?.trim()).toBe('Skip to main content');
    expect(firstFocusable?.getAttribute('href')).toBe('#main-content');

    const main = element.querySelector('main');
    expect(main?.id).toBe('main-content');
    expect(main?.getAttribute('tabindex')).toBe('-1');
    expect(main?.querySelector('router-outlet')).not.toBeNull();
  });

  it('moves focus to the main content when the skip link is used, without navigating', async () => {
    await answer('fails', null);
    const router = TestBed.inject(Router);
    const urlBefore = router.url;

    (element.querySelector('.moot-skip-link') as HTMLAnchorElement).click();

    expect(document.activeElement).toBe(element.querySelector('main'));
    expect(router.url).toBe(urlBefore);
  });

  it('moves focus to the main content after moving to another page', async () => {
    await answer('fails', null);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/');
    await router.navigateByUrl('/somewhere');

    expect(document.activeElement).toBe(element.querySelector('main'));
  });

  it('links to the accessibility statement and house rules in the footer', async () => {
    await answer('fails', null);

    const links = Array.from(element.querySelectorAll('footer a')).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Accessibility statement', '/accessibility'],
      ['House rules', '/house-rules'],
      ['Moderation policy', '/moderation-policy'],
    ]);
  });

  it('offers "Sign in" to someone signed out', async () => {
    await answer('fails', null);

    const nav = element.querySelector('nav[aria-label="Main"]');
    expect(nav?.querySelector('a[href="/sign-in"]')?.textContent?.trim()).toBe('Sign in');
    expect(nav?.textContent).not.toContain('Signed in as');
  });

  it('names the signed-in person instead of offering "Sign in"', async () => {
    await answer('fails', alex);

    const nav = element.querySelector('nav[aria-label="Main"]');
    expect(nav?.querySelector('a[href="/sign-in"]')).toBeNull();
    expect(nav?.textContent).toContain('Signed in as Alex Khan');
  });

  const button = (name: string) =>
    Array.from(element.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === name);

  it('offers no "Sign out" and no "Admin" to someone signed out', async () => {
    await answer('fails', null);

    expect(button('Sign out')).toBeUndefined();
    expect(element.querySelector('a[href="/admin"]')).toBeNull();
  });

  it('signs out from the header and shows the sign-in page', async () => {
    await answer('fails', alex);

    button('Sign out')!.click();
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush({ redirectTo: '/' });
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/sign-in?signedOut=1');
    expect(button('Sign out')).toBeUndefined();
    expect(element.querySelector('nav')?.textContent).not.toContain('Signed in as');
  });

  it('says so, and stays signed in, when signing out fails', async () => {
    await answer('fails', alex);

    button('Sign out')!.click();
    http.expectOne('/api/auth/logout').flush(null, { status: 500, statusText: 'Server Error' });
    await settle(fixture);

    expect(element.querySelector('[role="alert"]')?.textContent).toContain("we couldn't sign you out");
    expect(button('Sign out')).toBeDefined();
  });

  it('links to the admin area for site admins only', async () => {
    await answer('fails', { ...alex, role: 'admin' });

    expect(element.querySelector('nav a[href="/admin"]')?.textContent?.trim()).toBe('Admin');
  });

  it('links signed-in people to the directory and their own profile', async () => {
    await answer('fails', alex);

    const links = Array.from(element.querySelectorAll('nav[aria-label="Main"] a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/', '/people', '/profile']));
    expect(element.querySelector('nav a[href="/people"]')?.textContent?.trim()).toBe('People');
    expect(element.querySelector('nav a[href="/profile"]')?.textContent?.trim()).toBe('My profile');
  });

  it('offers no People or My profile links to someone signed out', async () => {
    await answer('fails', null);

    expect(element.querySelector('nav a[href="/people"]')).toBeNull();
    expect(element.querySelector('nav a[href="/profile"]')).toBeNull();
  });

  it('gives signed-in people the search box and the notifications bell, loaded once the page is idle', async () => {
    await answer('fails', alex);
    const [tools] = await fixture.getDeferBlocks();
    await tools.render(DeferBlockState.Complete);
    http.expectOne('/api/notifications/unread-count').flush({ unreadCount: 2 });
    await settle(fixture);

    expect(element.querySelector('header form[role="search"] input#site-search')).not.toBeNull();
    expect(element.querySelector('header button[aria-label="Notifications, 2 unread"]')).not.toBeNull();
  });

  it('offers no search box or bell to someone signed out', async () => {
    await answer('fails', null);

    expect(element.querySelector('#site-search')).toBeNull();
    expect(element.querySelector('moot-notification-bell')).toBeNull();
  });

  it('hides the admin link from members', async () => {
    await answer('fails', alex);

    expect(element.querySelector('a[href="/admin"]')).toBeNull();
  });
});
