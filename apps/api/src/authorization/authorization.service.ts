import { Injectable } from '@nestjs/common';
import type { GroupVisibility } from '../groups/group.entity';

/** Who is asking. Every read path passes this to the authorisation service. */
export interface Viewer {
  userId: string;
  role: 'admin' | 'member';
}

/** What the authorisation service needs to know about a group and the viewer's place in it. */
export interface GroupAccessFacts {
  visibility: GroupVisibility;
  /** The viewer's membership role, or null when not a member. */
  viewerRole: 'owner' | 'manager' | 'member' | null;
  /** True when the viewer holds an open invitation (an invitee may see a secret group, to join it). */
  viewerInvited?: boolean;
}

/** The group settings that decide who may post and invite. */
export interface GroupActionFacts extends GroupAccessFacts {
  archived: boolean;
  postingPermission: 'members' | 'managers';
  membersCanInvite: boolean;
}

/**
 * The one place visibility is decided. REST, search, feeds, notifications, files and socket
 * rooms all ask here (in memory) or use {@link GroupVisibilitySql} (in SQL), which encodes the
 * same rules:
 * - a group's existence: open and closed groups are visible to staff; secret ones to members only;
 * - a group's content and members: open groups to staff; closed and secret ones to members only;
 * - an invitee may see a secret group's existence (to accept by joining), not its content;
 * - managing (settings, requests, invitations, roles): managers and owners; ownership (archive,
 *   transfer): owners. Site admins may do both, but every such action is audited by the caller
 *   ({@link AuthorizationService.actsAsAdmin}); admins get no silent read of hidden content.
 * Anything a viewer may not see answers 404, exactly like something that does not exist.
 */
@Injectable()
export class AuthorizationService {
  canSeeGroup(_viewer: Viewer, group: GroupAccessFacts): boolean {
    return group.visibility !== 'secret' || group.viewerRole !== null || group.viewerInvited === true;
  }

  canSeeGroupContent(_viewer: Viewer, group: GroupAccessFacts): boolean {
    return group.visibility === 'open' || group.viewerRole !== null;
  }

  /** Whether the viewer may learn that someone belongs to the group (on profiles, member lists). */
  canSeeGroupMembership(viewer: Viewer, group: GroupAccessFacts): boolean {
    return this.canSeeGroupContent(viewer, group);
  }

  /** Approve requests, invite, remove members, change member/manager roles, edit settings. */
  canManageGroup(viewer: Viewer, group: GroupAccessFacts): boolean {
    return group.viewerRole === 'owner' || group.viewerRole === 'manager' || viewer.role === 'admin';
  }

  /** Archive, unarchive, transfer ownership, make or unmake owners. */
  canOwnGroup(viewer: Viewer, group: GroupAccessFacts): boolean {
    return group.viewerRole === 'owner' || viewer.role === 'admin';
  }

  /** True when the viewer may manage only because they are a site admin: the action must be audited. */
  actsAsAdmin(viewer: Viewer, group: GroupAccessFacts): boolean {
    return viewer.role === 'admin' && group.viewerRole !== 'owner' && group.viewerRole !== 'manager';
  }

  canPostInGroup(_viewer: Viewer, group: GroupActionFacts): boolean {
    if (group.archived || group.viewerRole === null) return false;
    return group.postingPermission === 'members' || group.viewerRole !== 'member';
  }

  canInviteToGroup(viewer: Viewer, group: GroupActionFacts): boolean {
    if (group.archived) return false;
    return this.canManageGroup(viewer, group) || (group.viewerRole === 'member' && group.membersCanInvite);
  }

  canEditProfile(viewer: Viewer, profileUserId: string): boolean {
    return viewer.userId === profileUserId || viewer.role === 'admin';
  }
}

/**
 * The same rules as {@link AuthorizationService}, as SQL conditions for repositories.
 * `groupAlias` is the alias of a `groups` row; `viewerParam` a named parameter holding the
 * viewer's user id (e.g. `:viewerId`).
 */
export const GroupVisibilitySql = {
  isMember: (groupAlias: string, viewerParam: string): string =>
    `EXISTS (SELECT 1 FROM group_memberships vis_m WHERE vis_m.group_id = ${groupAlias}.id AND vis_m.user_id = ${viewerParam})`,

  isInvited: (groupAlias: string, viewerParam: string): string =>
    `EXISTS (SELECT 1 FROM group_invitations vis_i WHERE vis_i.group_id = ${groupAlias}.id AND vis_i.user_id = ${viewerParam})`,

  canSeeGroup: (groupAlias: string, viewerParam: string): string =>
    `(${groupAlias}.visibility <> 'secret' OR ${GroupVisibilitySql.isMember(groupAlias, viewerParam)} OR ${GroupVisibilitySql.isInvited(groupAlias, viewerParam)})`,

  canSeeGroupContent: (groupAlias: string, viewerParam: string): string =>
    `(${groupAlias}.visibility = 'open' OR ${GroupVisibilitySql.isMember(groupAlias, viewerParam)})`,
};
