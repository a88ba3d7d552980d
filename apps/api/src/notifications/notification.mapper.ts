import type { NotificationType, NotificationView, PersonSummary } from '@moot/contracts';
import { toPersonSummary } from '../people/person-summary';
import type { UserEntity } from '../users/user.entity';
import type { NotificationRow } from './notifications.repository';

/** How many people a notification names. */
export const SHOWN_ACTORS = 3;

/** "Sam Jones", "Sam Jones and Ali Khan", "Sam Jones and 4 others". */
export function actorPhrase(names: string[], count: number): string {
  const [first, second] = names;
  if (!first) return count > 0 ? `${count} ${count === 1 ? 'person' : 'people'}` : 'Someone';
  if (count <= 1) return first;
  if (count === 2 && second) return `${first} and ${second}`;
  return `${first} and ${count - 1} ${count - 1 === 1 ? 'other' : 'others'}`;
}

const WHAT: Record<string, string> = { post: 'post', reply: 'reply', attachment: 'file', profile: 'profile' };

/** "A moderator removed your reply: <reason>" (never who reported it, nor which moderator). */
function moderationText(row: NotificationRow): string {
  const what = WHAT[row.moderationTargetType ?? ''] ?? 'post';
  const verb = row.moderationAction === 'warn' ? `sent you a warning about your ${what}` : `removed your ${what}`;
  return row.moderationReason ? `A moderator ${verb}: ${row.moderationReason}` : `A moderator ${verb}`;
}

function textOf(type: NotificationType, who: string, row: NotificationRow): string {
  const group = row.groupName ?? 'a group';
  switch (type) {
    case 'mention':
    {
      const where = row.targetType === 'reply' ? 'a reply' : 'a post';
      return row.actorCount === 0 ? `You were mentioned in ${where}` : `${who} mentioned you in ${where}`;
    }
    case 'reply':
      return `${who} replied to your post`;
    case 'thread_reply':
      return `${who} also replied to a post you replied to`;
    case 'accepted_answer':
      return 'Your answer was accepted';
    case 'join_request':
      return `${who} asked to join ${group}`;
    case 'join_approved':
      return `Your request to join ${group} was approved`;
    case 'announcement':
      return `${who} posted an announcement in ${group}`;
    case 'endorsement':
      return `${who} endorsed your skill ${row.skillName ?? ''}`.trimEnd();
    case 'moderation':
      return moderationText(row);
  }
}

/** `people` holds at least the first {@link SHOWN_ACTORS} actors of the row. */
export function toNotificationView(row: NotificationRow, people: Map<string, UserEntity>): NotificationView {
  const actors: PersonSummary[] = row.actorIds
    .slice(0, SHOWN_ACTORS)
    .map((id) => people.get(id))
    .filter((user): user is UserEntity => user !== undefined)
    .map(toPersonSummary);
  const who = actorPhrase(
    actors.map((actor) => actor.displayName),
    row.actorCount,
  );
  return {
    id: row.id,
    type: row.type,
    text: textOf(row.type, who, row),
    actors,
    actorCount: row.actorCount,
    link: row.link,
    read: row.readAt !== null,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
