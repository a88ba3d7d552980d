import type { ModerationActionType, ModerationState } from '@moot/contracts';
import type { ModerationCaseFacts } from '../authorization/authorization.service';
import type { CaseRow } from './moderation-cases.repository';
import type { TargetRow } from './moderation-targets.repository';

/** What the moderation rules need about a case, from its row and its target's current row. */
export function caseFactsOf(row: CaseRow, target: TargetRow | null): ModerationCaseFacts {
  return { status: row.status, groupId: row.groupId, viewerRole: row.viewerRole, contentVisibility: target?.visibility ?? null };
}

/**
 * What may be done to a case now, given where its content stands. `canAct` comes from
 * AuthorizationService.canActOnModerationCase. Escalating needs someone above: a case that
 * already belongs to site admins (no group) cannot be escalated.
 */
export function allowedActions(canAct: boolean, row: Pick<CaseRow, 'status' | 'groupId'>, target: Pick<TargetRow, 'state' | 'deleted'> | null): ModerationActionType[] {
  if (!canAct) return [];
  if (target === null || target.deleted) return row.status === 'resolved' ? [] : ['dismiss'];
  if (row.status === 'resolved') return target.state === 'hidden' || target.state === 'removed' ? ['restore'] : [];
  const byState: Record<ModerationState, ModerationActionType[]> = {
    published: ['hide', 'remove', 'warn', 'dismiss'],
    held: ['approve', 'hide', 'remove'],
    hidden: ['restore', 'remove', 'dismiss'],
    removed: ['restore', 'dismiss'],
  };
  const actions = [...byState[target.state]];
  if (row.status === 'open' && row.groupId !== null) actions.push('escalate');
  return actions;
}

/** Where the content ends up after an action (unchanged: the same state). */
export function stateAfter(action: ModerationActionType, state: ModerationState): ModerationState {
  switch (action) {
    case 'hide':
      return 'hidden';
    case 'remove':
      return 'removed';
    case 'approve':
    case 'restore':
      return 'published';
    case 'dismiss':
      // Dismissing a hold lets the content out; dismissing anything else changes nothing.
      return state === 'held' ? 'published' : state;
    case 'warn':
    case 'escalate':
      return state;
  }
}

/** Hide keeps the case open while it is looked into; escalation hands it up; everything else closes it. */
export function statusAfter(action: ModerationActionType, status: CaseRow['status']): CaseRow['status'] {
  if (action === 'escalate') return 'escalated';
  if (action === 'hide') return status;
  return 'resolved';
}

/** Actions that become the decision the author is told about (a dismissal only when it publishes held content). */
export function recordsDecision(action: ModerationActionType, previousState: ModerationState): boolean {
  if (action === 'escalate') return false;
  if (action === 'dismiss') return previousState === 'held';
  return true;
}
