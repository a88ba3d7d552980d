import type { NotificationType } from '@moot/contracts';

/** How each type is named in email settings and unsubscribe pages ("emails about …"). */
export const TYPE_PLURAL: Readonly<Record<NotificationType, string>> = {
  mention: 'mentions of you',
  reply: 'replies to your posts',
  thread_reply: 'replies in discussions you joined',
  accepted_answer: 'accepted answers',
  join_request: 'requests to join your groups',
  join_approved: 'approved requests to join groups',
  announcement: 'announcements',
  endorsement: 'skill endorsements',
  moderation: 'moderators’ decisions about your posts',
};

/** The sentence for one notification, from its type and the people behind it. */
export function describeNotification(type: NotificationType, actorNames: string[], actorCount: number): string {
  const first = actorNames[0] ?? 'Someone';
  const who = actorCount > 1 ? `${first} and ${actorCount - 1} ${actorCount === 2 ? 'other' : 'others'}` : first;
  switch (type) {
    case 'mention':
      return `${who} mentioned you`;
    case 'reply':
      return `${who} replied to your post`;
    case 'thread_reply':
      return `${who} replied in a discussion you joined`;
    case 'accepted_answer':
      return `${who} accepted an answer to a question you took part in`;
    case 'join_request':
      return `${who} asked to join a group you manage`;
    case 'join_approved':
      return 'Your request to join a group was approved';
    case 'announcement':
      return `${who} posted an announcement`;
    case 'endorsement':
      return `${who} endorsed your skills`;
    case 'moderation':
      return 'A moderator made a decision about something you posted';
  }
}

