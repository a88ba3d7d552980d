import { ContactMethod, ProfileGroup } from '@moot/contracts';

export const CONTACT_METHOD_WORDS: Record<ContactMethod, string> = {
  moot: 'A message or mention here',
  email: 'Email',
  phone: 'Phone',
  teams: 'Microsoft Teams',
};

const ROLE_WORDS: Record<ProfileGroup['role'], string> = { owner: 'Owner', manager: 'Manager', member: 'Member' };
const VISIBILITY_WORDS: Record<ProfileGroup['visibility'], string> = {
  open: 'open group',
  closed: 'closed group',
  secret: 'secret group',
};

export function groupRoleWords(group: ProfileGroup): string {
  return `${ROLE_WORDS[group.role]}, ${VISIBILITY_WORDS[group.visibility]}`;
}

export function endorsementWords(count: number): string {
  return count === 1 ? '1 endorsement' : `${count} endorsements`;
}
