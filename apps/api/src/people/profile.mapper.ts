import { type ActivityItem, HIDEABLE_FIELDS, type HideableField, type Profile, type ProfileGroup, type ProfileSkill, type SkillRef } from '@moot/contracts';
import type { ModerationStateColumn } from '../authorization/authorization.service';
import type { FollowFacts } from '../follows/follows.service';
import type { UserEntity } from '../users/user.entity';
import { profileCompleteness } from './profile-completeness';
import type { ActivityRow } from './profile.repository';
import { toPersonSummary } from './person-summary';

export const EXCERPT_LENGTH = 280;

export interface ProfileParts {
  person: UserEntity;
  isMe: boolean;
  /** The person themselves or a site admin: sees hidden fields and the bio source. */
  seesPrivateFields: boolean;
  canEdit: boolean;
  skills: ProfileSkill[];
  learning: SkillRef[];
  groups: ProfileGroup[];
  recentActivity: ActivityItem[];
  follow: FollowFacts;
  /** Issue #8: a hidden or removed profile shows its bio and avatar to the person only. */
  moderationState?: ModerationStateColumn;
}

export function toActivityItem(row: ActivityRow, excerptOf: (markdown: string) => string): ActivityItem {
  return { kind: 'post', id: row.id, groupId: row.groupId, groupName: row.groupName, excerpt: excerptOf(row.body), createdAt: new Date(row.createdAt).toISOString() };
}

function hiddenFieldsOf(person: UserEntity): HideableField[] {
  return person.hiddenFields.filter((field): field is HideableField => (HIDEABLE_FIELDS as readonly string[]).includes(field));
}

export function toProfile(parts: ProfileParts): Profile {
  const { person, seesPrivateFields } = parts;
  const hidden = hiddenFieldsOf(person);
  const shown = <T>(field: HideableField, value: T | null): T | null => (seesPrivateFields || !hidden.includes(field) ? value : null);
  const moderated = !parts.isMe && (parts.moderationState ?? 'published') !== 'published';
  const summary = toPersonSummary(person);
  return {
    ...summary,
    avatarUrl: moderated ? null : summary.avatarUrl,
    email: person.email,
    pronouns: shown('pronouns', person.pronouns),
    location: shown('location', person.location),
    workingPattern: person.workingPattern,
    phone: shown('phone', person.phone),
    bio: seesPrivateFields && !moderated ? person.bio : null,
    bioHtml: moderated ? '' : person.bioHtml,
    manager: person.manager ? toPersonSummary(person.manager) : null,
    askMeAbout: person.askMeAbout,
    interests: person.interests,
    contactPreference: { method: person.contactPreference.method, note: person.contactPreference.note ?? null },
    hiddenFields: seesPrivateFields ? hidden : null,
    skills: parts.skills,
    learning: parts.learning,
    groups: parts.groups,
    recentActivity: parts.recentActivity,
    followedByMe: parts.follow.followedByMe,
    followerCount: parts.follow.followerCount,
    isMe: parts.isMe,
    canEdit: parts.canEdit,
    completeness: parts.isMe ? profileCompleteness({ ...person, skillCount: parts.skills.length }) : null,
  };
}

/** A deactivated person: the summary (name only) and nothing else, for everyone. */
export function toFormerColleagueProfile(person: UserEntity): Profile {
  return {
    ...toPersonSummary(person),
    email: '',
    pronouns: null,
    location: null,
    workingPattern: null,
    phone: null,
    bio: null,
    bioHtml: '',
    manager: null,
    askMeAbout: [],
    interests: [],
    contactPreference: { method: 'moot', note: null },
    hiddenFields: null,
    skills: [],
    learning: [],
    groups: [],
    recentActivity: [],
    followedByMe: false,
    followerCount: 0,
    isMe: false,
    canEdit: false,
    completeness: null,
  };
}
