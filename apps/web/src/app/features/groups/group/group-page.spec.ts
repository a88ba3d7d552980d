import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ANIMATION_MODULE_TYPE, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { GroupDetail, GroupMember, SessionUser } from '@moot/contracts';
import { SessionService } from '@moot/web/core/auth/session.service';
import { settle } from '@moot/web-testing/settle';

import { NO_RIGHTS, OWNER_RIGHTS, aGroup, aMember, aRequest, comms, daniel, fatima, priya } from '../testing/group-factories';
import { GroupPage } from './group-page';

const GROUP_URL = '/api/groups/planning-forum';
const group = aGroup();
const ID_URL = `/api/groups/${group.id}`;

describe(GroupPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    const me = { id: priya.id, displayName: priya.displayName } as SessionUser;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'groups/:slug', component: GroupPage }], withComponentInputBinding()),
        { provide: SessionService, useValue: { me: signal(me), load: () => Promise.resolve(me) } },
        // Dialogs open and close at once in jsdom, which runs no CSS animations.
        { provide: ANIMATION_MODULE_TYPE, useValue: 'NoopAnimations' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Opens the page; the Members tab fetches its list at once, so approvals elsewhere can refresh it. */
  async function open(
    answer: GroupDetail,
    members: GroupMember[] = [aMember(priya, 'owner')],
    requests = [aRequest(daniel, 'I work on consultations')],
  ): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/groups/planning-forum', GroupPage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne(GROUP_URL).flush(answer);
    await settle(harness.fixture);
    if (answer.can.manage) http.expectOne(`${ID_URL}/requests`).flush({ requests });
    membersRequest().flush({ items: members, nextCursor: null, departments: [{ department: comms, count: 1 }] });
    await settle(harness.fixture);
  }

  const ownerGroup = aGroup({ type: 'closed', myRole: 'owner', can: OWNER_RIGHTS });
  const buttons = (root: ParentNode = page) => Array.from(root.querySelectorAll('button'));
  const button = (name: string, root: ParentNode = page) =>
    buttons(root).find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name);
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container')!;
  const tabs = () => Array.from(page.querySelectorAll<HTMLElement>('[role="tab"]'));
  const alertText = () => page.querySelector('[role="alert"]')?.textContent?.trim();

  async function click(element: HTMLElement | undefined): Promise<void> {
    expect(element).toBeDefined();
    element!.click();
    await settle(harness.fixture);
  }

  async function openTab(name: string): Promise<void> {
    await click(tabs().find((tab) => tab.textContent?.includes(name)));
  }

  function membersRequest(): TestRequest {
    return http.expectOne((request) => request.url === `${ID_URL}/members`);
  }


  function reloadGroup(answer: GroupDetail): void {
    http.expectOne(ID_URL).flush(answer);
  }

  it('says "Group not found" for a missing or hidden group', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/groups/planning-forum', GroupPage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne(GROUP_URL).flush({ statusCode: 404, code: 'GROUP_NOT_FOUND', message: 'There is no such group.' }, { status: 404, statusText: 'Not Found' });
    await settle(harness.fixture);

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Group not found');
    expect(tabs()).toHaveLength(0);
  });

  it('offers only what the person may do', async () => {
    await open(aGroup({ can: { ...NO_RIGHTS, seeContent: true, join: true } }));
    expect(button('Join group')).toBeDefined();
    expect(button('Request to join')).toBeUndefined();
    expect(button('Leave group')).toBeUndefined();
    expect(tabs().map((tab) => tab.textContent?.trim())).toEqual(['About', 'Discussion', 'Members']);
    expect(page.querySelector('moot-group-about')?.innerHTML).toContain('<p>All about <strong>planning</strong>.</p>');
  });

  it('gives managers the Requests tab with a count, and Settings', async () => {
    await open(ownerGroup);

    expect(button('Join group')).toBeUndefined();
    expect(button('Leave group')).toBeDefined();
    expect(tabs().map((tab) => tab.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'About',
      'Discussion',
      'Members',
      'Requests 1 waiting',
      'Settings',
    ]);
  });

  it('shows a read-only notice on an archived group', async () => {
    await open(aGroup({ archived: true, can: { ...NO_RIGHTS, seeContent: true } }));

    expect(page.textContent).toContain('This group is archived');
  });

  it('joins an open group at once, after showing its house rules', async () => {
    await open(group);

    await click(button('Join group'));
    expect(dialog().textContent).toContain('Be kind.');
    expect(dialog().querySelector('textarea')).toBeNull();
    await click(button('Join group', dialog()));
    // The group has rules: joining waits until the person says they have read them.
    expect(dialog().querySelector('[role="alert"]')?.textContent).toContain('Confirm that you have read the group rules');
    http.expectNone({ method: 'POST', url: `${ID_URL}/join` });
    dialog().querySelector<HTMLInputElement>('#join-read-rules input')!.click();
    await settle(harness.fixture);
    await click(button('Join group', dialog()));

    const join = http.expectOne({ method: 'POST', url: `${ID_URL}/join` });
    expect(join.request.body).toEqual({});
    join.flush({ outcome: 'joined' });
    await settle(harness.fixture);
    reloadGroup(aGroup({ myRole: 'member', memberCount: 13, can: { ...NO_RIGHTS, seeContent: true, leave: true } }));
    await settle(harness.fixture);
    membersRequest().flush({ items: [aMember(priya, 'owner'), aMember(daniel)], nextCursor: null, departments: [] });
    await settle(harness.fixture);

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('You have joined Planning forum.');
    expect(button('Leave group')).toBeDefined();
  });

  it('asks to join a closed group with a message, and says the request was sent', async () => {
    await open(aGroup({ type: 'closed', can: { ...NO_RIGHTS, requestToJoin: true } }));

    await click(button('Request to join'));
    expect(dialog().textContent).toContain('Be kind.');
    const message = dialog().querySelector('textarea')!;
    message.value = 'I run consultations';
    message.dispatchEvent(new Event('input'));
    dialog().querySelector<HTMLInputElement>('#join-read-rules input')!.click();
    await settle(harness.fixture);
    await click(button('Send request', dialog()));

    const join = http.expectOne({ method: 'POST', url: `${ID_URL}/join` });
    expect(join.request.body).toEqual({ message: 'I run consultations' });
    join.flush({ outcome: 'requested' });
    await settle(harness.fixture);
    reloadGroup(aGroup({ type: 'closed', requestPending: true, can: NO_RIGHTS }));
    await settle(harness.fixture);
    membersRequest().flush({ statusCode: 404, code: 'GROUP_NOT_FOUND', message: 'x' }, { status: 404, statusText: 'Not Found' });
    await settle(harness.fixture);

    expect(page.querySelector('[role="status"]')?.textContent).toContain('Request sent');
    expect(page.textContent).toContain('Your request to join is waiting for a manager.');
  });

  it('shows why the last owner cannot leave', async () => {
    await open(ownerGroup);

    await click(button('Leave group'));
    await click(button('Leave group', dialog()));
    http.expectOne({ method: 'POST', url: `${ID_URL}/leave` }).flush(
      { statusCode: 409, code: 'GROUP_LAST_OWNER', message: 'A group needs at least one owner: transfer ownership to someone else first.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(harness.fixture);

    expect(alertText()).toBe('A group needs at least one owner: transfer ownership to someone else first.');
  });

  it('adds an approved person to the members list without a reload', async () => {
    await open(ownerGroup, [aMember(priya, 'owner')], []);
    await openTab('Requests');
    http.expectOne(`${ID_URL}/requests`).flush({ requests: [aRequest(daniel, 'I work on consultations')] });
    await settle(harness.fixture);
    expect(page.textContent).toContain('I work on consultations');

    await click(button('Approve Daniel Byrne'));
    http.expectOne({ method: 'POST', url: `${ID_URL}/requests/${daniel.id}/approve` }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);

    const refetch = membersRequest();
    refetch.flush({ items: [aMember(priya, 'owner'), aMember(daniel)], nextCursor: null, departments: [] });
    reloadGroup({ ...ownerGroup, memberCount: 13 });
    await settle(harness.fixture);
    http.expectOne(`${ID_URL}/requests`).flush({ requests: [] });
    await settle(harness.fixture);

    await openTab('Members');
    expect(Array.from(page.querySelectorAll('[data-member-id]')).map((row) => row.getAttribute('data-member-id'))).toEqual([priya.id, daniel.id]);
    expect(tabs()[3].textContent?.trim()).toBe('Requests');
  });

  it('lets a manager change another member\'s role, but not their own', async () => {
    await open(ownerGroup, [aMember(priya, 'owner'), aMember(daniel)]);
    await openTab('Members');

    expect(button('Change role of Priya Shah')).toBeUndefined();
    await click(button('Change role of Daniel Byrne'));
    await click(button('Make manager', document.querySelector('.mat-mdc-menu-panel')!));

    const change = http.expectOne({ method: 'PATCH', url: `${ID_URL}/members/${daniel.id}` });
    expect(change.request.body).toEqual({ role: 'manager' });
    change.flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);
    membersRequest().flush({ items: [aMember(priya, 'owner'), aMember(daniel, 'manager')], nextCursor: null, departments: [] });
    await settle(harness.fixture);
    reloadGroup(ownerGroup);
    await settle(harness.fixture);
    http.expectOne(`${ID_URL}/requests`).flush({ requests: [] });
    await settle(harness.fixture);

    expect(page.querySelector(`[data-member-id="${daniel.id}"] .moot-tag`)?.textContent?.trim()).toBe('Manager');
    expect(page.textContent).toContain('Daniel Byrne is now a manager.');
  });

  it('shows the API\'s reason when a role change is refused', async () => {
    await open(ownerGroup, [aMember(priya, 'owner'), aMember(daniel, 'owner')]);
    await openTab('Members');

    await click(button('Change role of Daniel Byrne'));
    await click(button('Make member', document.querySelector('.mat-mdc-menu-panel')!));
    http.expectOne({ method: 'PATCH', url: `${ID_URL}/members/${daniel.id}` }).flush(
      { statusCode: 409, code: 'GROUP_LAST_OWNER', message: 'A group needs at least one owner: transfer ownership to someone else first.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(harness.fixture);

    expect(alertText()).toBe('A group needs at least one owner: transfer ownership to someone else first.');
  });

  it('previews a bulk add, then adds the people it found', async () => {
    await open(ownerGroup);
    await openTab('Members');

    await click(button('Add people in bulk'));
    http.expectOne('/api/departments').flush({ departments: [] });
    const emails = dialog().querySelector('textarea')!;
    emails.value = 'fatima.begum@northbridge.example\nnobody@northbridge.example\npriya.shah@northbridge.example';
    emails.dispatchEvent(new Event('input'));
    await settle(harness.fixture);
    await click(button('Check the list', dialog()));

    const preview = http.expectOne({ method: 'POST', url: `${ID_URL}/members/bulk` });
    expect(preview.request.body).toEqual({ emails: emails.value, preview: true });
    preview.flush({ toAdd: [fatima], alreadyMembers: [priya], notFound: ['nobody@northbridge.example'], applied: false });
    await settle(harness.fixture);
    expect(dialog().textContent).toContain('1 to add, 1 already members, 1 not found.');
    expect(dialog().textContent).toContain('nobody@northbridge.example');

    await click(button('Add 1 person', dialog()));
    const apply = http.expectOne({ method: 'POST', url: `${ID_URL}/members/bulk` });
    expect(apply.request.body).toEqual({ emails: emails.value, preview: false });
    apply.flush({ toAdd: [fatima], alreadyMembers: [priya], notFound: ['nobody@northbridge.example'], applied: true });
    await settle(harness.fixture);
    await settle(harness.fixture);

    membersRequest().flush({ items: [aMember(priya, 'owner'), aMember(fatima)], nextCursor: null, departments: [] });
    await settle(harness.fixture);
    reloadGroup(ownerGroup);
    await settle(harness.fixture);
    http.expectOne(`${ID_URL}/requests`).flush({ requests: [] });
    await settle(harness.fixture);

    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(page.textContent).toContain('1 person added to the group.');
    expect(page.querySelectorAll('[data-member-id]')).toHaveLength(2);
  });
});
