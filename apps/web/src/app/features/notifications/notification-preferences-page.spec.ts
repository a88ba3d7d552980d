import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NOTIFICATION_TYPES, NotificationPreferences } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { NotificationPreferencesPage } from './notification-preferences-page';

const GROUP = '0b3e1c9a-5f1d-4c53-9d3b-2a1f4e6c7d80';

const quietDefaults: NotificationPreferences = {
  types: NOTIFICATION_TYPES.map((type) => ({ type, delivery: type === 'mention' || type === 'reply' ? 'daily_digest' : 'in_app' })),
  groups: [{ groupId: GROUP, groupName: 'Webchat rehearsal', delivery: null }],
  quietHours: null,
};

describe(NotificationPreferencesPage.name, () => {
  let fixture: ComponentFixture<NotificationPreferencesPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NotificationPreferencesPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationPreferencesPage);
    page = fixture.nativeElement;
    document.body.appendChild(page);
    http.expectOne('/api/notifications/preferences').flush(quietDefaults);
    await settle(fixture);
  });

  afterEach(() => {
    http.verify();
    page.remove();
  });

  const select = (id: string) => page.querySelector<HTMLSelectElement>(`#${id}`)!;
  const input = (id: string) => page.querySelector<HTMLInputElement>(`#${id}`)!;
  function choose(element: HTMLSelectElement | HTMLInputElement, value: string): void {
    element.value = value;
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input'));
  }
  const submit = async () => {
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
  };

  it('names each type in plain English, labelled, with the current choice', () => {
    expect(page.querySelector('label[for="delivery-mention"]')?.textContent?.trim()).toBe('Someone mentions you');
    expect(page.querySelector('label[for="delivery-reply"]')?.textContent?.trim()).toBe('Someone replies to your post');
    expect(select('delivery-mention').value).toBe('daily_digest');
    expect(Array.from(select('delivery-mention').options).map((option) => option.textContent?.trim())).toEqual([
      'In Moot only',
      'Email straight away',
      'Daily email digest',
      'Weekly email digest',
      'Off',
    ]);
    expect(select(`group-delivery-${GROUP}`).selectedOptions[0].textContent?.trim()).toBe('Use my usual settings');
  });

  it('saves every type, each group choice and the quiet hours, then says so', async () => {
    choose(select('delivery-mention'), 'email_now');
    choose(select(`group-delivery-${GROUP}`), 'off');
    choose(input('quiet-start'), '21:00');
    choose(input('quiet-end'), '07:30');
    await submit();

    const save = http.expectOne({ method: 'PUT', url: '/api/notifications/preferences' });
    expect(save.request.body.types).toHaveLength(NOTIFICATION_TYPES.length);
    expect(save.request.body.types[0]).toEqual({ type: 'mention', delivery: 'email_now' });
    expect(save.request.body.groups).toEqual([{ groupId: GROUP, delivery: 'off' }]);
    expect(save.request.body.quietHours).toEqual({ start: '21:00', end: '07:30' });
    save.flush({ ...quietDefaults, quietHours: { start: '21:00', end: '07:30' } });
    await settle(fixture);

    expect(page.querySelector('[role="status"]')?.textContent).toContain('Your notification settings have been saved.');
  });

  it('sends "Use my usual settings" as null and no quiet hours as null', async () => {
    await submit();

    const save = http.expectOne({ method: 'PUT', url: '/api/notifications/preferences' });
    expect(save.request.body.groups).toEqual([{ groupId: GROUP, delivery: null }]);
    expect(save.request.body.quietHours).toBeNull();
    save.flush(quietDefaults);
    await settle(fixture);
  });

  it('asks for both quiet-hours times before saving', async () => {
    choose(input('quiet-start'), '21:00');
    await submit();

    http.expectNone('/api/notifications/preferences');
    expect(page.querySelector('.moot-error-summary')?.textContent).toContain('Enter when quiet hours end');
  });

  it("shows the API's field errors beside the field and in the summary", async () => {
    choose(input('quiet-start'), '21:00');
    choose(input('quiet-end'), '07:30');
    await submit();

    http.expectOne('/api/notifications/preferences').flush(
      { statusCode: 400, message: 'Some settings are not valid', errors: [{ field: 'quietHours.end', messages: ['end must be a time as HH:MM, e.g. 07:30'] }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    const link = page.querySelector<HTMLAnchorElement>('.moot-error-summary a');
    expect(link?.textContent).toBe('End of quiet hours must be a time as HH:MM, e.g. 07:30');
    expect(input('quiet-end').getAttribute('aria-invalid')).toBe('true');
  });
});
