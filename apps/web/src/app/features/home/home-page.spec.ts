import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionUser } from '@moot/contracts';
import { myProfile } from '@moot/web-testing/people';
import { settle } from '@moot/web-testing/settle';

import { HomePage } from './home-page';

const priya: SessionUser = {
  id: 'p1',
  email: 'priya.shah@anytown.gov.uk',
  displayName: 'Priya Shah',
  jobTitle: 'Engagement officer',
  department: 'Communications',
  role: 'member',
};

describe(HomePage.name, () => {
  let fixture: ComponentFixture<HomePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HomePage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    // The home feed (and the groups it listens to) has its own spec: features/discussion/feed.spec.ts.
    http.match('/api/feeds/home');
    http.match((request) => request.url === '/api/groups');
    http.verify();
  });

  const heading = () => page.querySelector('h1')?.textContent?.trim();

  it('says it is checking while the session is unknown', () => {
    expect(page.querySelector('[role="status"]')?.textContent).toContain("Checking whether you're signed in");
    expect(heading()).toBeUndefined();
    http.expectOne('/api/auth/me');
  });

  it('welcomes someone signed out with one way in: Sign in', async () => {
    http.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    await settle(fixture);

    expect(heading()).toBe('Welcome to Moot');
    const actions = page.querySelectorAll('a.mat-mdc-button-base, button');
    expect(actions).toHaveLength(1);
    expect(actions[0].textContent?.trim()).toBe('Sign in');
    expect(actions[0].getAttribute('href')).toBe('/sign-in');
  });

  it('greets a signed-in person by name and says what to do next', async () => {
    http.expectOne('/api/auth/me').flush(priya);
    await settle(fixture);
    http.expectOne('/api/people/me').flush(myProfile({ completeness: { percent: 100, missing: [] } }));
    await settle(fixture);

    expect(heading()).toBe('Welcome, Priya Shah');
    const steps = Array.from(page.querySelectorAll('ol h3')).map((h) => h.textContent?.trim());
    expect(steps).toEqual(['Complete your profile', 'Find people who know things', 'Find a group', 'Read the house rules']);
    expect(page.querySelector('a[href="/sign-in"]')).toBeNull();
    expect(page.querySelector('a[href="/house-rules"]')).not.toBeNull();
    expect(page.querySelector('a[href="/people"]')).not.toBeNull();
    expect(page.querySelector('moot-completeness-card section')).toBeNull();
  });

  it('prompts a signed-in person whose profile is incomplete', async () => {
    http.expectOne('/api/auth/me').flush(priya);
    await settle(fixture);
    http.expectOne('/api/people/me').flush(myProfile({ completeness: { percent: 50, missing: ['askMeAbout'] } }));
    await settle(fixture);

    expect(page.querySelector('moot-completeness-card')?.textContent).toContain(
      'Your profile is 50% complete',
    );
    expect(page.querySelector('moot-completeness-card')?.textContent).toContain(
      'Add topics people can ask you about so colleagues can find you.',
    );
  });

  it('offers to check again when the session check fails', async () => {
    http.expectOne('/api/auth/me').flush(null, { status: 502, statusText: 'Bad Gateway' });
    await settle(fixture);

    expect(page.querySelector('[role="alert"]')?.textContent).toContain("We couldn't check whether you're signed in");
    Array.from(page.querySelectorAll('button'))
      .find((button) => button.textContent?.trim() === 'Try again')!
      .click();
    http.expectOne('/api/auth/me').flush(priya);
    await settle(fixture);
    http.expectOne('/api/people/me').flush(myProfile());
    await settle(fixture);

    expect(heading()).toBe('Welcome, Priya Shah');
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });
});
