import { GroupRole, GroupSummary, GroupType, PersonSummary } from '@moot/contracts';

/** How each group type is named and explained, in the words people choose between. */
export const GROUP_TYPES: readonly { value: GroupType; label: string; explanation: string }[] = [
  {
    value: 'open',
    label: 'Open',
    explanation: 'Anyone signed in can find the group, read it and join straight away.',
  },
  {
    value: 'closed',
    label: 'Closed',
    explanation: 'Anyone can find the group and read what it is for. People ask to join; only members see the posts and who is in it.',
  },
  {
    value: 'secret',
    label: 'Secret',
    explanation: 'Only members know the group exists. People join when a manager invites or adds them.',
  },
];

export const ROLE_LABELS: Record<GroupRole, string> = { owner: 'Owner', manager: 'Manager', member: 'Member' };

export function typeLabel(type: GroupType): string {
  return `${GROUP_TYPES.find((candidate) => candidate.value === type)?.label ?? type} group`;
}

/** The viewer's standing in a group, in words: "You are a manager", "Request pending", or null. */
export function standing(group: Pick<GroupSummary, 'myRole' | 'requestPending'>): string | null {
  if (group.myRole) return `You are ${group.myRole === 'owner' ? 'the owner' : `a ${group.myRole}`}`;
  return group.requestPending ? 'Request pending' : null;
}

export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "Team Talk!" → "team-talk": lower-case letters, digits and hyphens, as the API expects. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** "Planning officer, Planning": what a person does and where, leaving out what is unknown. */
export function describePerson(person: PersonSummary): string {
  if (person.formerColleague) return 'Former colleague';
  return [person.jobTitle, person.department?.name].filter((part) => !!part).join(', ');
}
