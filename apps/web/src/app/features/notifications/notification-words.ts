import { Delivery, NotificationType } from '@moot/contracts';

/** What each type of notification is about, in the words people use. */
export const TYPE_NAMES: Record<NotificationType, string> = {
  mention: 'Someone mentions you',
  reply: 'Someone replies to your post',
  thread_reply: 'Someone replies in a conversation you are part of',
  accepted_answer: 'Your reply is accepted as the answer',
  join_request: 'Someone asks to join a group you manage',
  join_approved: 'Your request to join a group is approved',
  announcement: 'A group you are in makes an announcement',
  endorsement: 'Someone endorses one of your skills',
  moderation: 'A moderator removes or warns about something you posted',
};

export const DELIVERIES: readonly { value: Delivery; label: string }[] = [
  { value: 'in_app', label: 'In Moot only' },
  { value: 'email_now', label: 'Email straight away' },
  { value: 'daily_digest', label: 'Daily email digest' },
  { value: 'weekly_digest', label: 'Weekly email digest' },
  { value: 'off', label: 'Off' },
];

/** "Notifications, 3 unread": the bell's accessible name. */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the date ("12 Nov 2026"). */
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  const days = Math.floor(hours / 24);
  if (days < 7) return days === 1 ? 'yesterday' : `${days} days ago`;
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });
}
