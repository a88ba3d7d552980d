import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { myProfile } from '@moot/web-testing/people';
import { settle } from '@moot/web-testing/settle';

import { ProfileEditPage } from './profile-edit-page';

@Component({ template: '<h1>Your profile</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class ProfileStub {}

describe(ProfileEditPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'profile/edit', component: ProfileEditPage },
          { path: 'profile', component: ProfileStub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/profile/edit', ProfileEditPage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne({ method: 'GET', url: '/api/people/me' }).flush(myProfile());
    await settle(harness.fixture);
  });

  afterEach(() => http.verify());

  function type(id: string, value: string): void {
    const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  function addChip(id: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
  }

  async function submit(): Promise<void> {
    page.querySelector('form.moot-profile-form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);
  }

  const summaryLinks = () =>
    Array.from(page.querySelectorAll('.moot-error-summary a')).map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
  const describedBy = (id: string) =>
    (page.querySelector(`#${id}`)?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((describer) => page.querySelector(`[id="${describer}"]`)?.textContent?.trim());

  it('fills the form from your profile', () => {
    expect(page.querySelector<HTMLInputElement>('#profile-display-name')?.value).toBe('Priya Shah');
    expect(page.querySelector<HTMLInputElement>('#profile-pronouns')?.value).toBe('she/her');
    expect(page.querySelector<HTMLTextAreaElement>('#profile-bio')?.value).toBe('I look after **press and webchat**.');
    expect(Array.from(page.querySelectorAll('mat-chip-row')).map((chip) => chip.textContent?.trim())).toEqual([
      'Press releases',
      'Cycling',
    ]);
    expect(page.querySelector<HTMLInputElement>('#profile-hide-phone input')?.checked).toBe(true);
    expect(page.querySelector<HTMLInputElement>('#profile-contact-teams input')?.checked).toBe(true);
  });

  it('sends only the fields you changed, then returns to your profile', async () => {
    type('profile-pronouns', ' they/them ');
    type('profile-location', '');
    addChip('profile-ask-me-about', 'Webchat');
    page.querySelector<HTMLInputElement>('#profile-hide-location input')!.click();
    await settle(harness.fixture);

    await submit();
    const request = http.expectOne({ method: 'PATCH', url: '/api/people/me' });
    expect(request.request.body).toEqual({
      pronouns: 'they/them',
      location: null,
      askMeAbout: ['Press releases', 'Webchat'],
      hiddenFields: ['phone', 'location'],
    });
    request.flush(myProfile({ pronouns: 'they/them' }));
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/profile?saved=1');
  });

  it('does not ask the API when nothing changed', async () => {
    await submit();

    http.expectNone('/api/people/me');
    expect(TestBed.inject(Router).url).toBe('/profile?saved=1');
  });

  it('shows the API’s field errors from a 400 on each field and in the summary', async () => {
    type('profile-pronouns', 'x'.repeat(50));
    type('profile-contact-note', 'n'.repeat(300));
    await submit();
    http.expectOne({ method: 'PATCH', url: '/api/people/me' }).flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Some fields are not valid: pronouns, contactPreference.note.',
        errors: [
          { field: 'pronouns', messages: ['pronouns must be at most 40 characters'] },
          { field: 'contactPreference.note', messages: ['note must be at most 200 characters'] },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness.fixture);

    expect(summaryLinks()).toEqual([
      ['#profile-pronouns', 'Pronouns must be at most 40 characters'],
      ['#profile-contact-note', 'Contact note must be at most 200 characters'],
    ]);
    expect(document.activeElement).toBe(page.querySelector('.moot-error-summary'));
    expect(describedBy('profile-pronouns')).toContain('Pronouns must be at most 40 characters');
    expect(page.querySelector('#profile-pronouns')?.getAttribute('aria-invalid')).toBe('true');
    expect(TestBed.inject(Router).url).toBe('/profile/edit');
  });

  it('checks the name and the bio length before asking the API', async () => {
    type('profile-display-name', '  ');
    type('profile-bio', 'b'.repeat(2001));
    await submit();

    http.expectNone('/api/people/me');
    expect(summaryLinks()).toEqual([
      ['#profile-display-name', 'Enter your name as colleagues know it'],
      ['#profile-bio', 'Bio must be 2,000 characters or fewer'],
    ]);
  });

  it('previews the bio as plain paragraphs', async () => {
    type('profile-bio', 'First line\nsecond line\n\nNew paragraph');
    await settle(harness.fixture);

    const paragraphs = Array.from(page.querySelectorAll('.moot-bio-preview p')).map((p) => p.textContent);
    expect(paragraphs).toEqual(['First line\nsecond line', 'New paragraph']);
  });
});
