import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle } from '@moot/web-testing/settle';

import { aGroup, comms, planning } from '../testing/group-factories';
import { CreateGroupPage } from './create-group-page';

@Component({ template: 'group page' })
class GroupPageStub {}

describe(CreateGroupPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'groups/new', component: CreateGroupPage },
            { path: 'groups/:slug', component: GroupPageStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/groups/new', CreateGroupPage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/departments').flush({ departments: [{ ...planning, peopleCount: 3 }, { ...comms, peopleCount: 5 }] });
    await settle(harness.fixture);
  });

  afterEach(() => http.verify());

  const input = (id: string) => page.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  function type(id: string, value: string): void {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  }
  async function submit(): Promise<void> {
    Array.from(page.querySelectorAll('button')).find((button) => button.textContent?.trim() === 'Create group')!.click();
    await settle(harness.fixture);
  }
  const summary = () => Array.from(page.querySelectorAll('.moot-error-summary li')).map((li) => li.textContent?.trim());

  it('makes the web address from the name until it is edited by hand', async () => {
    type('group-name', 'Planning & Consultations!');
    await settle(harness.fixture);
    expect(input('group-slug').value).toBe('planning-and-consultations');

    type('group-slug', 'consult');
    type('group-name', 'Something else');
    await settle(harness.fixture);
    expect(input('group-slug').value).toBe('consult');
  });

  it('lists problems in the error summary and sends nothing when the form is not valid', async () => {
    type('group-name', '');
    type('group-slug', 'Not A Slug');
    await submit();

    expect(summary()).toEqual([
      'Enter a name for the group',
      'Web address must use only lower-case letters, digits and hyphens, like "planning-forum"',
    ]);
    expect(page.querySelector('.moot-error-summary a')?.getAttribute('href')).toBe('#group-name');
    http.expectNone('/api/groups');
  });

  it('explains each type in plain English', () => {
    const hints = Array.from(page.querySelectorAll('mat-radio-group .moot-hint')).map((hint) => hint.textContent?.trim());
    expect(hints).toHaveLength(3);
    expect(hints[2]).toContain('Only members know the group exists');
  });

  it('creates the group and opens its page', async () => {
    type('group-name', 'Planning forum');
    page.querySelector<HTMLInputElement>('#group-type-closed-input')!.click();
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/groups' });
    expect(request.request.body).toEqual({
      name: 'Planning forum',
      slug: 'planning-forum',
      type: 'closed',
      description: '',
      purpose: '',
      houseRules: '',
      departmentIds: [],
      settings: { postingPermission: 'members', allowAnonymousPosts: false, membersCanInvite: true },
    });
    request.flush(aGroup({ type: 'closed' }), { status: 201, statusText: 'Created' });
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/groups/planning-forum?created=1');
  });

  it('shows the API field errors beside the fields and in the summary', async () => {
    type('group-name', 'Planning forum');
    await submit();

    http.expectOne({ method: 'POST', url: '/api/groups' }).flush(
      {
        statusCode: 409,
        code: 'GROUP_SLUG_TAKEN',
        message: 'Another group already uses the address "planning-forum".',
        errors: [{ field: 'slug', messages: ['is already used by another group'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(harness.fixture);

    expect(summary()).toEqual(['Web address is already used by another group']);
    expect(page.querySelector('mat-error')?.textContent?.trim()).toBe('Web address is already used by another group');
  });

  it('says clearly when the person may not create groups', async () => {
    type('group-name', 'Planning forum');
    await submit();

    http.expectOne({ method: 'POST', url: '/api/groups' }).flush(
      { statusCode: 403, code: 'GROUP_CREATION_NOT_ALLOWED', message: 'Only listed people may create groups.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle(harness.fixture);

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Only some people can create groups on this site');
  });
});
