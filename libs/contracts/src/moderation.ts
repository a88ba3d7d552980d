/** REST shapes of reporting, the moderation queue, the keyword watch-list and election periods (issue #8). */
import type { PersonSummary } from './people';
import type { GroupRef } from './posts';

/** What can be reported. A file is an attachment of a post; a profile is a person's bio/avatar. */
export type ReportTargetType = 'post' | 'reply' | 'attachment' | 'profile';
export const REPORT_TARGET_TYPES: readonly ReportTargetType[] = ['post', 'reply', 'attachment', 'profile'];

export type ReportReason = 'harassment' | 'offensive' | 'personal_data' | 'misleading' | 'spam' | 'political' | 'other';
export const REPORT_REASONS: readonly ReportReason[] = ['harassment', 'offensive', 'personal_data', 'misleading', 'spam', 'political', 'other'];
export const REPORT_DETAILS_MAX = 1000;
export const MODERATION_REASON_MAX = 1000;
/** Watch-list phrases and election period labels (characters, after trimming). */
export const WATCH_PHRASE_MAX = 100;
export const ELECTION_LABEL_MAX = 120;

/** `POST /api/reports`. 404 when the reporter may not see the target. */
export interface CreateReportRequest {
  targetType: ReportTargetType;
  targetId: string;
  reason: ReportReason;
  /** Optional free text (plain, max {@link REPORT_DETAILS_MAX}). Required when reason is `other`. */
  details?: string;
}

/** 201 for a new case, 200 when merged into the open case on the same target (or a repeat by the same person). */
export interface ReportReceipt {
  caseId: string;
  merged: boolean;
}

/**
 * Where a post, reply, file or profile stands. Anything but `published` is seen only by its
 * author (with the reason) and by its moderators (in the queue); everyone else gets 404.
 */
export type ModerationState = 'published' | 'held' | 'hidden' | 'removed';

export type ModerationCaseStatus = 'open' | 'escalated' | 'resolved';
/** Why a case is in the queue. */
export type ModerationCaseSource = 'report' | 'watch_list' | 'election_period';

/**
 * What a moderator does with a case. `hide` takes the content out of view while it is looked
 * into; `remove` takes it down with a reason shown to the author; `warn` keeps it up and sends
 * the author the reason; `dismiss` closes the case with no action (held content is published);
 * `approve` publishes held content; `restore` undoes hide/remove (e.g. after a review);
 * `escalate` hands the case to site admins (group managers then only see it).
 */
export type ModerationActionType = 'hide' | 'remove' | 'warn' | 'dismiss' | 'approve' | 'restore' | 'escalate';
export const MODERATION_ACTIONS: readonly ModerationActionType[] = ['hide', 'remove', 'warn', 'dismiss', 'approve', 'restore', 'escalate'];

/** `POST /api/moderation/cases/:id/actions`. `reason` is required for remove, warn, hide and escalate. */
export interface ModerationActionRequest {
  action: ModerationActionType;
  reason?: string;
}

export interface ModerationTarget {
  type: ReportTargetType;
  id: string;
  /** Same-origin path to open the content, e.g. `/posts/<id>` or `/people/<id>`. */
  link: string;
  /** Sanitised HTML of the content as it was when reported (or is now), for the moderator to read. */
  excerptHtml: string;
  /** Null for an anonymous post (moderators do not see who wrote it either). */
  author: PersonSummary | null;
  group: GroupRef | null;
  state: ModerationState;
  createdAt: string;
}

export interface ReportEntry {
  /** Visible to moderators only; never to the author of the content. */
  reporter: PersonSummary;
  reason: ReportReason;
  details: string | null;
  reportedAt: string;
}

export interface ModerationHistoryEntry {
  action: ModerationActionType | 'review_requested' | 'held';
  reason: string | null;
  /** Null for the system (watch-list or election hold). */
  actor: PersonSummary | null;
  at: string;
}

/** One item in the moderation queue. */
export interface ModerationCaseView {
  id: string;
  status: ModerationCaseStatus;
  source: ModerationCaseSource;
  /** Watch-list phrase or election period label that held the content; null for reports. */
  heldBecause: string | null;
  target: ModerationTarget;
  reports: ReportEntry[];
  reportCount: number;
  /** The author asked for the decision to be looked at again. */
  reviewRequest: { note: string; requestedAt: string } | null;
  history: ModerationHistoryEntry[];
  openedAt: string;
  updatedAt: string;
  /** What the viewer may do now. */
  allowedActions: ModerationActionType[];
}

/** `GET /api/moderation/cases?status=open|escalated|resolved&groupId=&cursor=`: managers see their groups' cases, admins all. */
export interface ModerationQueuePage {
  items: ModerationCaseView[];
  nextCursor: string | null;
  counts: { open: number; escalated: number };
}

/** What the author of moderated content is told (on the post itself, and in `GET /api/moderation/decisions`). */
export interface ModerationNotice {
  caseId: string;
  state: ModerationState;
  /** The moderator's reason (removals and warnings), or why it is held. */
  reason: string | null;
  action: ModerationActionType | 'held';
  decidedAt: string;
  /** Whether the author may still ask for a review (once per decision). */
  canRequestReview: boolean;
  reviewRequestedAt: string | null;
}

/** `GET /api/moderation/decisions`: decisions about the viewer's own content, newest first. */
export interface ModerationDecision extends ModerationNotice {
  target: { type: ReportTargetType; id: string; link: string; excerptHtml: string };
}

export interface ModerationDecisionsResponse {
  items: ModerationDecision[];
}

/** `POST /api/moderation/cases/:id/review` by the author (204). */
export interface ReviewRequest {
  note: string;
}

/** `GET|POST /api/admin/watch-list`, `DELETE /api/admin/watch-list/:id`. Site admins. */
export interface WatchWord {
  id: string;
  /** Matched case-insensitively as a whole word or phrase. */
  phrase: string;
  createdBy: PersonSummary | null;
  createdAt: string;
}

export interface CreateWatchWordRequest {
  phrase: string;
}

export interface WatchListResponse {
  items: WatchWord[];
}

/**
 * A pre-election ("purdah") period for one group or the whole site (group null). Posts made
 * in it carry its label; with holdForReview they wait for a manager's approval.
 * `GET|POST /api/election-periods`, `PATCH|DELETE /api/election-periods/:id`: site admins for the
 * whole site, group managers for their group. `GET /api/election-periods/current?groupId=` for anyone who can see the group.
 */
export interface ElectionPeriod {
  id: string;
  group: GroupRef | null;
  label: string;
  startsAt: string;
  endsAt: string;
  holdForReview: boolean;
  active: boolean;
}

export interface CreateElectionPeriodRequest {
  groupId?: string | null;
  label: string;
  startsAt: string;
  endsAt: string;
  holdForReview: boolean;
}

export type UpdateElectionPeriodRequest = Partial<Omit<CreateElectionPeriodRequest, 'groupId'>>;

/** `GET /api/election-periods` (the periods you may manage, site-wide ones included) and `GET /api/election-periods/current` (those in force now). */
export interface ElectionPeriodsResponse {
  items: ElectionPeriod[];
}
