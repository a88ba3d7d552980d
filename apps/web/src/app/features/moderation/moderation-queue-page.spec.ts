import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ModerationCaseView } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { ModerationQueuePage } from './moderation-queue-page';
import { aCase, aPerson } from './testing-moderation';

const QUEUE = '/api/moderation/cases';

describe(ModerationQueuePage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'moderation', component: ModerationQueuePage }], withComponentInputBinding())],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const queueRequest = (status: string): TestRequest =>
    http.expectOne((request) => request.url === QUEUE && request.params.get('status') === status);

  async function open(url: string, status: string, items: ModerationCaseView[] | 'forbidden' | 'fails', counts = { open: items.length, escalated: 0 }): Promise<TestRequest | null> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ModerationQueuePage);
    page = harness.routeNativeElement as HTMLElement;
    expect(page.textContent).toContain('Loading cases…');
    const request = queueRequest(status);
    if (items === 'forbidden') request.flush({ statusCode: 403, message: 'No' }, { status: 403, statusText: 'Forbidden' });
    else if (items === 'fails') request.flush(null, { status: 500, statusText: 'Server Error' });
    else request.flush({ items, nextCursor: null, counts });
    await settle(harness.fixture);
    return request;
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string) => Array.from(page.querySelectorAll('button')).find((candidate) => text(candidate) === name);
  const tabs = () => Array.from(page.querySelectorAll('a[mat-tab-link]')).map((tab) => text(tab));
  const announcement = () => text(page.querySelector('[aria-live="polite"]'));

  async function click(element: HTMLElement | undefined): Promise<void> {
    expect(element).toBeDefined();
    element!.click();
    await settle(harness.fixture);
  }

  it('keeps only the answer for the tab the person is on when they switch tabs quickly', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/moderation', ModerationQueuePage);
    page = harness.routeNativeElement as HTMLElement;
    const openRequest = queueRequest('open');
    await harness.navigateByUrl('/moderation?status=escalated', ModerationQueuePage);
    const escalatedRequest = queueRequest('escalated');

    escalatedRequest.flush({ items: [aCase({ id: 'escalated-case', status: 'escalated' })], nextCursor: null, counts: { open: 1, escalated: 1 } });
    await settle(harness.fixture);
    // The slower answer for the tab already left must not replace what is shown.
    openRequest.flush({ items: [aCase({ id: 'open-case' })], nextCursor: null, counts: { open: 1, escalated: 1 } });
    await settle(harness.fixture);

    expect(page.querySelector('#case-escalated-case')).not.toBeNull();
    expect(page.querySelector('#case-open-case')).toBeNull();
  });

  it('shows each open case with its content, reports, reporter, review request and history', async () => {
    await open('/moderation', 'open', [
      aCase({
        reviewRequest: { note: 'It was a joke within the team.', requestedAt: '2026-11-21T10:00:00.000Z' },
        history: [{ action: 'hide', reason: 'Looking into it', actor: aPerson('Priya Shah'), at: '2026-11-20T11:00:00.000Z' }],
      }),
    ], { open: 1, escalated: 2 });

    expect(tabs()).toEqual(['Open (1)', 'Escalated (2)', 'Resolved']);
    const card = page.querySelector('article')!;
    expect(text(card.querySelector('h3'))).toBe('Liam Walsh’s post in Webchat rehearsal group');
    expect(card.querySelector('.moot-case__excerpt')?.innerHTML).toContain('Everyone in housing is useless.');
    expect(text(card)).toContain('Bullying or harassment from Sean Murphy');
    expect(text(card)).toContain('Singles out a team.');
    expect(text(card.querySelector('.moot-notice--warning'))).toContain('It was a joke within the team.');
    expect(text(card)).toContain('Hidden by Priya Shah');
    expect(text(card)).toContain('Reason: Looking into it');
    expect(Array.from(card.querySelectorAll('button')).map(text)).toEqual([
      'Hide while you look into it',
      'Remove',
      'Keep it and warn the author',
      'Dismiss (no action)',
      'Escalate to site admins',
    ]);
  });

  it('asks one group’s cases when opened from a group', async () => {
    const request = await open('/moderation?group=group-1&status=escalated', 'escalated', []);

    expect(request!.request.params.get('groupId')).toBe('group-1');
    expect(text(page.querySelector('.moot-empty'))).toBe('No cases have been escalated to site admins.');
    expect(page.querySelector('a[aria-selected="true"]')?.textContent).toContain('Escalated');
  });

  it('says what to do when there is nothing to decide', async () => {
    await open('/moderation', 'open', []);

    expect(text(page.querySelector('.moot-empty'))).toBe('Nothing needs a decision. Reports and held posts will appear here.');
  });

  it('explains who can moderate when the API refuses', async () => {
    await open('/moderation', 'open', 'forbidden');

    expect(page.textContent).toContain('Only group managers and site admins can moderate.');
    expect(page.querySelector('nav')).toBeNull();
  });

  it('offers to try again when the queue fails to load', async () => {
    await open('/moderation', 'open', 'fails');

    await click(button('Try again'));
    queueRequest('open').flush({ items: [aCase()], nextCursor: null, counts: { open: 1, escalated: 0 } });
    await settle(harness.fixture);

    expect(page.querySelectorAll('article')).toHaveLength(1);
  });

  it('needs a reason to remove, then removes, announces it and takes the case off the open tab', async () => {
    await open('/moderation', 'open', [aCase(), aCase({ id: 'case-2', target: { ...aCase().target, id: 'post-2' } })]);

    await click(button('Remove'));
    expect(text(document.activeElement)).toBe('Remove: give a reason');

    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);
    const summary = page.querySelector('.moot-error-summary');
    expect(text(summary)).toContain('Enter the reason the author will see');
    expect(document.activeElement).toBe(summary);
    http.expectNone(`${QUEUE}/case-1/actions`);

    const reason = page.querySelector<HTMLTextAreaElement>('#case-case-1-reason')!;
    reason.value = 'Breaks house rule 2: be kind about colleagues.';
    reason.dispatchEvent(new Event('input'));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);

    const request = http.expectOne({ method: 'POST', url: `${QUEUE}/case-1/actions` });
    expect(request.request.body).toEqual({ action: 'remove', reason: 'Breaks house rule 2: be kind about colleagues.' });
    request.flush(aCase({ status: 'resolved', allowedActions: ['restore'], target: { ...aCase().target, state: 'removed' } }));
    await settle(harness.fixture);

    expect(announcement()).toBe('Removed. The author has been told why.');
    expect(page.querySelectorAll('article')).toHaveLength(1);
    expect(tabs()[0]).toBe('Open (1)');
    expect(document.activeElement?.id).toBe('case-case-2');
  });

  it('dismisses without asking for a reason, and says so when the decision fails', async () => {
    await open('/moderation', 'open', [aCase()]);

    await click(button('Dismiss (no action)'));
    http
      .expectOne({ method: 'POST', url: `${QUEUE}/case-1/actions` })
      .flush({ statusCode: 409, message: 'Someone else has already decided this case.' }, { status: 409, statusText: 'Conflict' });
    await settle(harness.fixture);

    expect(text(page.querySelector('[role="alert"]'))).toBe('Someone else has already decided this case.');
  });

  it('cancelling the reason returns focus to the action button', async () => {
    await open('/moderation', 'open', [aCase()]);

    await click(button('Keep it and warn the author'));
    await click(button('Cancel'));

    expect(text(document.activeElement)).toBe('Keep it and warn the author');
  });
});
