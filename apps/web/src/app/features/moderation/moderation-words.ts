import { ModerationActionType, ModerationCaseSource, ModerationHistoryEntry, ModerationState, ReportReason, ReportTargetType } from '@moot/contracts';

export const REASON_LABELS: Record<ReportReason, { label: string; hint: string }> = {
  harassment: { label: 'Bullying or harassment', hint: 'It targets or intimidates someone.' },
  offensive: { label: 'Offensive or discriminatory', hint: 'It is abusive, hateful or discriminatory.' },
  personal_data: { label: 'Personal information', hint: 'It shares someone’s personal or confidential details.' },
  misleading: { label: 'False or misleading', hint: 'It could mislead colleagues or the public.' },
  spam: { label: 'Spam or advertising', hint: 'It is unwanted, repeated or selling something.' },
  political: { label: 'Political campaigning', hint: 'It breaks the rules on political activity, for example before an election.' },
  other: { label: 'Something else', hint: 'Tell us what is wrong in the details.' },
};

export const TARGET_LABELS: Record<ReportTargetType, string> = {
  post: 'post',
  reply: 'reply',
  attachment: 'file',
  profile: 'profile',
};

/** Button text, and whether the moderator must give a reason (as the API requires). */
export const ACTION_LABELS: Record<ModerationActionType, { label: string; needsReason: boolean; done: string }> = {
  remove: { label: 'Remove', needsReason: true, done: 'Removed. The author has been told why.' },
  hide: { label: 'Hide while you look into it', needsReason: true, done: 'Hidden while you look into it.' },
  warn: { label: 'Keep it and warn the author', needsReason: true, done: 'Kept up. The author has been sent your reason.' },
  approve: { label: 'Approve and publish', needsReason: false, done: 'Approved and published.' },
  dismiss: { label: 'Dismiss (no action)', needsReason: false, done: 'Dismissed with no action.' },
  restore: { label: 'Restore', needsReason: false, done: 'Restored. Everyone who could see it can see it again.' },
  escalate: { label: 'Escalate to site admins', needsReason: true, done: 'Escalated to the site admins.' },
};

export const HISTORY_LABELS: Record<ModerationHistoryEntry['action'], string> = {
  remove: 'Removed',
  hide: 'Hidden',
  warn: 'Warned the author',
  approve: 'Approved',
  dismiss: 'Dismissed',
  restore: 'Restored',
  escalate: 'Escalated to site admins',
  review_requested: 'Author asked for a review',
  held: 'Held for review',
};

export const STATE_LABELS: Record<ModerationState, string> = {
  published: 'Published',
  held: 'Held for review',
  hidden: 'Hidden',
  removed: 'Removed',
};

export const SOURCE_LABELS: Record<ModerationCaseSource, string> = {
  report: 'Reported',
  watch_list: 'Matched the watch-list',
  election_period: 'Posted in an election period',
};

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
