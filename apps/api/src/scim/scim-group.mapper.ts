import { SCHEMA_GROUP } from './scim.constants';
import type { ScimGroupEntity } from './scim-group.entity';
import type { ScimGroupMember } from './scim-group.repository';
import { scimUserLocation } from './scim-user.mapper';

export interface ScimGroupResource {
  schemas: [typeof SCHEMA_GROUP];
  id: string;
  externalId?: string;
  displayName: string;
  members?: { value: string; display: string; type: 'User'; $ref: string }[];
  meta: { resourceType: 'Group'; created: string; lastModified: string; location: string };
}

/** A SCIM directory group; `members` is left out when the client excluded it (Entra ID does, for speed). */
export function toScimGroup(group: ScimGroupEntity, members: ScimGroupMember[] | null, baseUrl: string): ScimGroupResource {
  return {
    schemas: [SCHEMA_GROUP],
    id: group.id,
    ...(group.externalId ? { externalId: group.externalId } : {}),
    displayName: group.displayName,
    ...(members
      ? { members: members.map((member) => ({ value: member.userId, display: member.displayName, type: 'User' as const, $ref: scimUserLocation(baseUrl, member.userId) })) }
      : {}),
    meta: {
      resourceType: 'Group',
      created: group.createdAt.toISOString(),
      lastModified: group.updatedAt.toISOString(),
      location: `${baseUrl}/scim/v2/Groups/${group.id}`,
    },
  };
}
