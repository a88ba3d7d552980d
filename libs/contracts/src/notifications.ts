/** REST shapes of notifications and their preferences (issue #7). */
import type { PersonSummary } from './people';

export type NotificationType =
  | 'mention'
  | 'reply'
  | 'thread_reply'
  | 'accepted_answer'
  | 'join_request'
  | 'join_approved'
  | 'announcement'
  | 'endorsement'
  /** Issue #8: a moderator removed or warned about something you wrote (the reason is in the text). */
  | 'moderation';

export const NOTIFICATION_TYPES: readonly NotificationType[] = [
  'mention',
  'reply',
  'thread_reply',
  'accepted_answer',
  'join_request',
  'join_approved',
  'announcement',
  'endorsement',
  'moderation',
];

/** How one type of notification reaches you. */
export type Delivery = 'in_app' | 'email_now' | 'daily_digest' | 'weekly_digest' | 'off';

/**
 * One entry in the bell's list. Similar events on the same target are grouped:
 * "Sam and 4 others replied to your post".
 */
export interface NotificationView {
  id: string;
  type: NotificationType;
  /** Plain-English summary, e.g. "Sam Jones and 4 others replied to your post". */
  text: string;
  /** Up to three people behind it, newest first (anonymous authors never appear). */
  actors: PersonSummary[];
  actorCount: number;
  /** Same-origin path to open, e.g. `/posts/<id>` or `/groups/<slug>`. */
  link: string;
  read: boolean;
  /** When it last changed (a new actor joining the group of events). */
  updatedAt: string;
}

/** `GET /api/notifications?cursor=&unreadOnly=`. */
export interface NotificationsPage {
  items: NotificationView[];
  nextCursor: string | null;
  unreadCount: number;
}

/** `GET /api/notifications/unread-count`. */
export interface UnreadCount {
  unreadCount: number;
}

/** `PUT /api/notifications/:id/read` (204); `POST /api/notifications/read-all` (204). */

export interface TypePreference {
  type: NotificationType;
  delivery: Delivery;
}

export interface GroupPreference {
  groupId: string;
  groupName: string;
  /** Null: follow the per-type settings. */
  delivery: Delivery | null;
}

/** `GET/PUT /api/notifications/preferences`. Quiet defaults: mentions and direct replies in-app + daily digest; the rest in-app only. */
export interface NotificationPreferences {
  types: TypePreference[];
  groups: GroupPreference[];
  /** Local times "HH:MM" (Europe/London); no email is sent between them. Null: no quiet hours. */
  quietHours: { start: string; end: string } | null;
}

export type UpdateNotificationPreferences = Partial<{
  types: TypePreference[];
  groups: { groupId: string; delivery: Delivery | null }[];
  quietHours: { start: string; end: string } | null;
}>;
