import type { UserEntity } from '../users/user.entity';
import { SCHEMA_ENTERPRISE_USER, SCHEMA_USER } from './scim.constants';

export interface ScimUserResource {
  schemas: string[];
  id: string;
  externalId?: string;
  userName: string;
  name: { givenName?: string; familyName?: string; formatted?: string };
  displayName: string;
  title?: string;
  emails: { value: string; type: 'work'; primary: true }[];
  active: boolean;
  [SCHEMA_ENTERPRISE_USER]?: { department: string };
  meta: { resourceType: 'User'; created: string; lastModified: string; location: string };
}

export function scimUserLocation(baseUrl: string, id: string): string {
  return `${baseUrl}/scim/v2/Users/${id}`;
}

/** A Moot user as an RFC 7643 User, with the enterprise extension when they have a department. */
export function toScimUser(user: UserEntity, baseUrl: string): ScimUserResource {
  const department = user.department?.name;
  const formatted = [user.givenName, user.familyName].filter(Boolean).join(' ');
  return {
    schemas: department ? [SCHEMA_USER, SCHEMA_ENTERPRISE_USER] : [SCHEMA_USER],
    id: user.id,
    ...(user.externalId ? { externalId: user.externalId } : {}),
    userName: user.email,
    name: {
      ...(user.givenName ? { givenName: user.givenName } : {}),
      ...(user.familyName ? { familyName: user.familyName } : {}),
      ...(formatted ? { formatted } : {}),
    },
    displayName: user.displayName,
    ...(user.jobTitle ? { title: user.jobTitle } : {}),
    emails: [{ value: user.email, type: 'work', primary: true }],
    active: user.status === 'active',
    ...(department ? { [SCHEMA_ENTERPRISE_USER]: { department } } : {}),
    meta: {
      resourceType: 'User',
      created: user.createdAt.toISOString(),
      lastModified: user.updatedAt.toISOString(),
      location: scimUserLocation(baseUrl, user.id),
    },
  };
}
