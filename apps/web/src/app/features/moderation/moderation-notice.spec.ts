import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ModerationNotice } from '@moot/contracts';

import { ModerationNoticeBanner } from './moderation-notice';

const removed: ModerationNotice = {
  caseId: 'case-1',
  state: 'removed',
  reason: 'Breaks house rule 2.',
  action: 'remove',
  decidedAt: '2026-11-21T09:30:00.000Z',
  canRequestReview: true,
  reviewRequestedAt: null,
};

describe(ModerationNoticeBanner.name, () => {
  let fixture: ComponentFixture<ModerationNoticeBanner>;

  async function render(notice: ModerationNotice): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [ModerationNoticeBanner], providers: [provideRouter([])] });
    fixture = TestBed.createComponent(ModerationNoticeBanner);
    fixture.componentRef.setInput('notice', notice);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('tells the author why it was removed and links to a review', async () => {
    const element = await render(removed);

    expect(text(element.querySelector('p'))).toBe('Removed by a moderator: Breaks house rule 2. — Ask for a review');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/moderation/decisions?case=case-1');
  });

  it('says a held post waits for approval, without a review link', async () => {
    const element = await render({ ...removed, state: 'held', action: 'held', reason: null, canRequestReview: false });

    expect(text(element)).toBe('Held for review Only you and the moderators can see it until it is approved.');
    expect(element.querySelector('a')).toBeNull();
  });

  it('says nothing once a post has been published again', async () => {
    const element = await render({ ...removed, state: 'published', action: 'restore', canRequestReview: false });

    expect(text(element)).toBe('');
  });
});
