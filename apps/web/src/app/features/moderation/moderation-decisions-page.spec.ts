import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { ModerationDecision } from '@moot/contracts';
import { configureRoutedPage, openRoutedPage } from '@moot/web-testing/routed-page';
import { settle } from '@moot/web-testing/settle';

import { ModerationDecisionsPage } from './moderation-decisions-page';
import { aDecision } from './testing-moderation';

describe(ModerationDecisionsPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    http = configureRoutedPage([{ path: 'moderation/decisions', component: ModerationDecisionsPage }]);
  });

  afterEach(() => http.verify());

  async function open(items: ModerationDecision[] | 'fails', url = '/moderation/decisions'): Promise<void> {
    ({ harness, page } = await openRoutedPage(url, ModerationDecisionsPage));
    const request = http.expectOne({ method: 'GET', url: '/api/moderation/decisions' });
    if (items === 'fails') request.flush(null, { status: 500, statusText: 'Server Error' });
    else request.flush({ items });
    await settle(harness.fixture);
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string) => Array.from(page.querySelectorAll('button')).find((candidate) => text(candidate) === name);

  async function click(element: HTMLElement | undefined): Promise<void> {
    expect(element).toBeDefined();
    element!.click();
    await settle(harness.fixture);
  }

  async function writeNote(value: string): Promise<void> {
    const note = page.querySelector<HTMLTextAreaElement>('#review-case-1-note')!;
    note.value = value;
    note.dispatchEvent(new Event('input'));
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);
  }

  it('shows each decision with the moderator’s reason', async () => {
    await open([aDecision(), aDecision({ caseId: 'case-2', state: 'held', action: 'held', reason: 'Posted during Local elections 2027', canRequestReview: false })]);

    const cards = Array.from(page.querySelectorAll('article'));
    expect(text(cards[0].querySelector('h2'))).toBe('Your post: Removed');
    expect(text(cards[0])).toContain('Reason: Breaks house rule 2: be kind about colleagues.');
    expect(cards[0].querySelector('.moot-case__excerpt')?.innerHTML).toContain('Everyone in housing is useless.');
    expect(text(cards[1].querySelector('h2'))).toBe('Your post: Held for review');
    expect(cards[1].querySelector('a[href="/posts/post-1"]')?.textContent).toBe('Open your post');
    expect(cards[1].querySelector('button')).toBeNull();
  });

  it('says what happens when nothing has been moderated', async () => {
    await open([]);

    expect(text(page.querySelector('.moot-empty'))).toBe('Nothing you have written has been moderated. If it ever is, you will see the reason here.');
  });

  it('offers to try again when the list fails', async () => {
    await open('fails');

    await click(button('Try again'));
    http.expectOne('/api/moderation/decisions').flush({ items: [aDecision()] });
    await settle(harness.fixture);

    expect(page.querySelectorAll('article')).toHaveLength(1);
  });

  it('asks for a note, sends the review request, and announces it', async () => {
    await open([aDecision()]);

    await click(button('Ask for a review of this decision'));
    expect(document.activeElement?.id).toBe('review-case-1-note');

    await writeNote('   ');
    expect(text(page.querySelector('.moot-error-summary'))).toContain('Say why the decision should be looked at again');
    http.expectNone('/api/moderation/cases/case-1/review');

    await writeNote(' It was about a process, not people. ');
    const request = http.expectOne({ method: 'POST', url: '/api/moderation/cases/case-1/review' });
    expect(request.request.body).toEqual({ note: 'It was about a process, not people.' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);

    expect(text(page.querySelector('[aria-live="polite"]'))).toBe('Your request has been sent. A moderator will look at the decision again.');
    expect(text(page.querySelector('article'))).toContain('You asked for a review on');
    expect(button('Ask for a review of this decision')).toBeUndefined();
    expect(document.activeElement?.id).toBe('decision-case-1');
  });

  it('opens the review form for the case named in the address (from a post’s notice)', async () => {
    await open([aDecision()], '/moderation/decisions?case=case-1');

    expect(document.activeElement?.id).toBe('review-case-1-note');
  });

  it('shows the API’s reason when a review cannot be asked', async () => {
    await open([aDecision()]);
    await click(button('Ask for a review of this decision'));

    await writeNote('Please look again.');
    http
      .expectOne('/api/moderation/cases/case-1/review')
      .flush({ statusCode: 409, message: 'You have already asked for a review of this decision.' }, { status: 409, statusText: 'Conflict' });
    await settle(harness.fixture);

    expect(text(page.querySelector('[role="alert"]'))).toBe('You have already asked for a review of this decision.');
  });
});
