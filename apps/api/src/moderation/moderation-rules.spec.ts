import { allowedActions, recordsDecision, stateAfter, statusAfter } from './moderation-rules';

describe('moderation rules', () => {
  const open = { status: 'open' as const, groupId: 'g1' };

  it('offers actions by where the content stands, escalation only while open and with someone above', () => {
    expect(allowedActions(true, open, { state: 'published', deleted: false })).toEqual(['hide', 'remove', 'warn', 'dismiss', 'escalate']);
    expect(allowedActions(true, open, { state: 'held', deleted: false })).toEqual(['approve', 'hide', 'remove', 'escalate']);
    expect(allowedActions(true, { ...open, groupId: null }, { state: 'hidden', deleted: false })).toEqual(['restore', 'remove', 'dismiss']);
    expect(allowedActions(true, { ...open, status: 'escalated' }, { state: 'removed', deleted: false })).toEqual(['restore', 'dismiss']);
    expect(allowedActions(true, { ...open, status: 'resolved' }, { state: 'removed', deleted: false })).toEqual(['restore']);
    expect(allowedActions(true, { ...open, status: 'resolved' }, { state: 'published', deleted: false })).toEqual([]);
  });

  it('offers nothing to someone who may not act, and only dismissal when the content is gone', () => {
    expect(allowedActions(false, open, { state: 'published', deleted: false })).toEqual([]);
    expect(allowedActions(true, open, null)).toEqual(['dismiss']);
    expect(allowedActions(true, open, { state: 'published', deleted: true })).toEqual(['dismiss']);
  });

  it('moves content and cases on', () => {
    expect(stateAfter('dismiss', 'held')).toBe('published');
    expect(stateAfter('dismiss', 'hidden')).toBe('hidden');
    expect(stateAfter('warn', 'published')).toBe('published');
    expect(stateAfter('restore', 'removed')).toBe('published');
    expect(statusAfter('hide', 'escalated')).toBe('escalated');
    expect(statusAfter('escalate', 'open')).toBe('escalated');
    expect(statusAfter('remove', 'open')).toBe('resolved');
    expect(recordsDecision('dismiss', 'hidden')).toBe(false);
    expect(recordsDecision('dismiss', 'held')).toBe(true);
    expect(recordsDecision('escalate', 'published')).toBe(false);
  });
});
