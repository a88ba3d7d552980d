import { isReviewable, REVIEW_WINDOW_DAYS } from './moderation-notices.repository';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-23T12:00:00Z');
const decided = (daysAgo: number): Date => new Date(now.getTime() - daysAgo * DAY);

describe('isReviewable', () => {
  it('lets the author ask about a removal, hide or warning within the review window', () => {
    for (const decisionAction of ['remove', 'hide', 'warn'] as const) {
      expect(isReviewable({ decisionAction, decidedAt: decided(1), reviewRequestedAt: null }, now)).toBe(true);
    }
    expect(isReviewable({ decisionAction: 'remove', decidedAt: decided(REVIEW_WINDOW_DAYS), reviewRequestedAt: null }, now)).toBe(true);
  });

  it('refuses once the window has passed, after a review was asked for, and for decisions that are not reviewable', () => {
    expect(isReviewable({ decisionAction: 'remove', decidedAt: decided(REVIEW_WINDOW_DAYS + 1), reviewRequestedAt: null }, now)).toBe(false);
    expect(isReviewable({ decisionAction: 'remove', decidedAt: decided(1), reviewRequestedAt: decided(0) }, now)).toBe(false);
    expect(isReviewable({ decisionAction: 'approve', decidedAt: decided(1), reviewRequestedAt: null }, now)).toBe(false);
    expect(isReviewable({ decisionAction: 'held', decidedAt: decided(1), reviewRequestedAt: null }, now)).toBe(false);
  });
});
