import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { myProfile } from '@moot/web-testing/people';
import { settle } from '@moot/web-testing/settle';

import { CompletenessCard } from './completeness-card';

describe(CompletenessCard.name, () => {
  let http: HttpTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [CompletenessCard],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(): Promise<{ fixture: ComponentFixture<CompletenessCard>; card: HTMLElement }> {
    const fixture = TestBed.createComponent(CompletenessCard);
    await fixture.whenStable();
    return { fixture, card: fixture.nativeElement };
  }

  it('names the first missing thing in words and links to the edit page', async () => {
    const { fixture, card } = await render();
    http.expectOne('/api/people/me').flush(myProfile({ completeness: { percent: 60, missing: ['skills', 'avatar'] } }));
    await settle(fixture);

    expect(card.querySelector('h2')?.textContent?.trim()).toBe('Your profile is 60% complete');
    expect(card.textContent).toContain('Add your skills so colleagues can find you.');
    expect(card.querySelector('a')?.getAttribute('href')).toBe('/profile/edit');
  });

  it('stays away from a complete profile', async () => {
    const { fixture, card } = await render();
    http.expectOne('/api/people/me').flush(myProfile({ completeness: { percent: 100, missing: [] } }));
    await settle(fixture);

    expect(card.querySelector('section')).toBeNull();
  });

  it('can be dismissed for the rest of the session', async () => {
    const { fixture, card } = await render();
    http.expectOne('/api/people/me').flush(myProfile());
    await settle(fixture);
    expect(card.textContent).toContain('Add a photo so colleagues can find you.');

    card.querySelector('button')!.click();
    await settle(fixture);
    expect(card.querySelector('section')).toBeNull();

    const again = await render();
    http.expectNone('/api/people/me');
    expect(again.card.querySelector('section')).toBeNull();
  });
});
