import { ModerationCaseView, ModerationDecision, PersonSummary } from '@moot/contracts';

/** Small builders for moderation specs. */
export function aPerson(displayName: string, id = displayName.toLowerCase().replace(/\s+/g, '-')): PersonSummary {
  return { id, displayName } as PersonSummary;
}

export function aCase(overrides: Partial<ModerationCaseView> = {}): ModerationCaseView {
  return {
    id: 'case-1',
    status: 'open',
    source: 'report',
    heldBecause: null,
    target: {
      type: 'post',
      id: 'post-1',
      link: '/posts/post-1',
      excerptHtml: '<p>Everyone in housing is useless.</p>',
      author: aPerson('Liam Walsh'),
      group: { id: 'group-1', slug: 'webchat-rehearsal', name: 'Webchat rehearsal group' },
      state: 'published',
      createdAt: '2026-11-20T09:00:00.000Z',
    },
    reports: [{ reporter: aPerson('Sean Murphy'), reason: 'harassment', details: 'Singles out a team.', reportedAt: '2026-11-20T10:00:00.000Z' }],
    reportCount: 1,
    reviewRequest: null,
    history: [],
    openedAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    allowedActions: ['hide', 'remove', 'warn', 'dismiss', 'escalate'],
    ...overrides,
  };
}

export function aDecision(overrides: Partial<ModerationDecision> = {}): ModerationDecision {
  return {
    caseId: 'case-1',
    state: 'removed',
    reason: 'Breaks house rule 2: be kind about colleagues.',
    action: 'remove',
    decidedAt: '2026-11-21T09:30:00.000Z',
    canRequestReview: true,
    reviewRequestedAt: null,
    target: { type: 'post', id: 'post-1', link: '/posts/post-1', excerptHtml: '<p>Everyone in housing is useless.</p>' },
    ...overrides,
  };
}
