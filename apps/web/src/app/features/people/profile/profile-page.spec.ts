import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aPerson, myProfile } from '@moot/web-testing/people';
import { settle } from '@moot/web-testing/settle';

import { ProfilePage } from './profile-page';

describe(ProfilePage.name, () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'profile', component: ProfilePage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/profile?saved=1', ProfilePage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/people/me').flush(myProfile());
    await settle(harness.fixture);
    http.expectOne('/api/people/me/mentoring').flush({
      canHelpYou: [
        { person: aPerson({ id: 'p-tom', displayName: 'Tom Hughes' }), skills: [{ id: 's-video', name: 'Video editing' }], crossesDepartments: false },
      ],
      youCanHelp: [
        {
          person: aPerson({ id: 'p-sean', displayName: 'Sean Murphy', department: null }),
          skills: [{ id: 's-webchat', name: 'Webchat moderation' }],
          crossesDepartments: true,
        },
      ],
    });
    await settle(harness.fixture);
  });

  afterEach(() => http.verify());

  it('confirms a save, shows your page with a prominent edit link, and no Follow button', () => {
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Your profile has been saved.');
    expect(page.querySelector('h1')?.textContent).toContain('Priya Shah');
    expect(page.querySelector('a.mat-mdc-button-base[href="/profile/edit"]')?.textContent?.trim()).toBe('Edit your profile');
    expect(page.querySelector('.moot-follow')).toBeNull();
  });

  it('lists mentoring matches both ways, marking those in another department in words', () => {
    const sections = Array.from(page.querySelectorAll('moot-mentoring-panel h3:not(.moot-person-card__name)')).map((h) =>
      h.textContent?.trim(),
    );
    expect(sections).toEqual(['People who can help you learn', 'People you could help']);
    const cards = Array.from(page.querySelectorAll('moot-mentoring-panel moot-person-card')).map((card) =>
      card.textContent?.replace(/\s+/g, ' '),
    );
    expect(cards[0]).toContain('Tom Hughes');
    expect(cards[0]).toContain('Can help with: Video editing');
    expect(cards[0]).not.toContain('Another department');
    expect(cards[1]).toContain('Wants to learn: Webchat moderation');
    expect(cards[1]).toContain('Another department');
  });
});
