import { DirectoryEntry, PersonSummary, Profile, ProfileSkill } from '@moot/contracts';

export const COMMUNICATIONS = { id: 'd-comms', name: 'Communications', slug: 'communications' };
export const CUSTOMER_SERVICES = { id: 'd-cs', name: 'Customer Services', slug: 'customer-services' };

export function aPerson(overrides: Partial<PersonSummary> = {}): PersonSummary {
  return {
    id: 'p-priya',
    displayName: 'Priya Shah',
    jobTitle: 'Communications Officer',
    department: COMMUNICATIONS,
    avatarUrl: null,
    formerColleague: false,
    ...overrides,
  };
}

export function aDirectoryEntry(overrides: Partial<DirectoryEntry> = {}): DirectoryEntry {
  return { ...aPerson(), location: null, matchedSkills: [], askMeAbout: [], ...overrides };
}

export function aSkill(overrides: Partial<ProfileSkill> = {}): ProfileSkill {
  return { id: 's-webchat', name: 'Webchat moderation', endorsementCount: 2, endorsedByMe: false, offersHelp: true, ...overrides };
}

/** Priya's profile as a colleague sees it; pass `isMe: true` and friends for her own. */
export function aProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    ...aPerson(),
    email: 'priya.shah@northbridge.example',
    pronouns: 'she/her',
    location: 'Town Hall, floor 2',
    workingPattern: 'Monday to Thursday',
    phone: '01632 960123',
    bio: null,
    bioHtml: '<p>I look after <strong>press and webchat</strong>.</p>',
    manager: aPerson({ id: 'p-amara', displayName: 'Amara Okafor', jobTitle: 'Head of Communications' }),
    askMeAbout: ['Press releases'],
    interests: ['Cycling'],
    contactPreference: { method: 'teams', note: 'Mornings are best' },
    hiddenFields: null,
    skills: [aSkill(), aSkill({ id: 's-plain', name: 'Plain English', endorsementCount: 0, offersHelp: false })],
    learning: [{ id: 's-video', name: 'Video editing' }],
    groups: [{ id: 'g1', slug: 'webchat-rehearsal', name: 'Webchat rehearsal group', visibility: 'open', role: 'owner' }],
    recentActivity: [
      {
        kind: 'post',
        id: 'post1',
        groupId: 'g1',
        groupName: 'Webchat rehearsal group',
        excerpt: 'Rehearsal on Thursday at 2pm.',
        createdAt: '2026-11-20T14:00:00.000Z',
      },
    ],
    followedByMe: false,
    followerCount: 3,
    isMe: false,
    canEdit: false,
    completeness: null,
    ...overrides,
  };
}

/** Priya looking at her own profile: the markdown source, hidden fields and completeness come too. */
export function myProfile(overrides: Partial<Profile> = {}): Profile {
  return aProfile({
    isMe: true,
    canEdit: true,
    bio: 'I look after **press and webchat**.',
    hiddenFields: ['phone'],
    completeness: { percent: 75, missing: ['avatar', 'interests'] },
    ...overrides,
  });
}
