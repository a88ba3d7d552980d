import { DepartmentRef, GroupDetail, GroupMember, GroupSummary, JoinRequest, PersonSummary } from '@moot/contracts';

/** Small factories for the group specs; override what the case needs. */
export const planning: DepartmentRef = { id: 'd0000000-0000-4000-8000-000000000001', name: 'Planning', slug: 'planning' };
export const comms: DepartmentRef = { id: 'd0000000-0000-4000-8000-000000000002', name: 'Communications', slug: 'communications' };

export function aPerson(overrides: Partial<PersonSummary> = {}): PersonSummary {
  return {
    id: 'u0000000-0000-4000-8000-000000000001',
    displayName: 'Priya Shah',
    jobTitle: 'Planning officer',
    department: planning,
    avatarUrl: null,
    formerColleague: false,
    ...overrides,
  };
}

export const priya = aPerson();
export const daniel = aPerson({ id: 'u0000000-0000-4000-8000-000000000002', displayName: 'Daniel Byrne', jobTitle: 'Comms lead', department: comms });
export const fatima = aPerson({ id: 'u0000000-0000-4000-8000-000000000003', displayName: 'Fatima Begum', jobTitle: null, department: comms });

export function aGroupSummary(overrides: Partial<GroupSummary> = {}): GroupSummary {
  return {
    id: 'g0000000-0000-4000-8000-000000000001',
    slug: 'planning-forum',
    name: 'Planning forum',
    summary: 'Talk about consultations.',
    type: 'open',
    archived: false,
    memberCount: 12,
    departments: [planning, comms],
    myRole: null,
    requestPending: false,
    ...overrides,
  };
}

export const NO_RIGHTS: GroupDetail['can'] = {
  seeContent: false,
  join: false,
  requestToJoin: false,
  leave: false,
  post: false,
  invite: false,
  manage: false,
  archive: false,
  transferOwnership: false,
};

export const OWNER_RIGHTS: GroupDetail['can'] = {
  ...NO_RIGHTS,
  seeContent: true,
  leave: true,
  post: true,
  invite: true,
  manage: true,
  archive: true,
  transferOwnership: true,
};

export function aGroup(overrides: Partial<GroupDetail> = {}): GroupDetail {
  return {
    ...aGroupSummary(),
    description: 'All about **planning**.',
    descriptionHtml: '<p>All about <strong>planning</strong>.</p>',
    purpose: 'Better consultations.',
    houseRules: 'Be kind.',
    houseRulesHtml: '<p>Be kind.</p>',
    settings: { postingPermission: 'members', allowAnonymousPosts: false, membersCanInvite: true },
    linkedScimGroupId: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    can: { ...NO_RIGHTS, seeContent: true, join: true },
    ...overrides,
  };
}

export function aMember(person: PersonSummary, role: GroupMember['role'] = 'member'): GroupMember {
  return { person, role, joinedAt: '2026-11-02T09:00:00.000Z' };
}

export function aRequest(person: PersonSummary, message: string | null = null): JoinRequest {
  return { person, message, requestedAt: '2026-11-03T09:00:00.000Z' };
}
