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

/** What the authorisation service needs to know about a post (and its group, if any). */
export interface PostAccessFacts {
  /** The named author; null for an anonymous post (its author is never loaded for rules). */
  authorId: string | null;
  /** Where moderation left it (issue #8); absent means `published`. */
  moderationState?: ModerationStateColumn;
  anonymous: boolean;
  deleted: boolean;
  type: 'discussion' | 'question' | 'poll' | 'announcement';
  /** Null for a post on its author's profile (visible to all staff). */
  group: GroupActionFacts | null;
}

export interface ReplyAccessFacts {
  authorId: string;
  deleted: boolean;
  /** Absent means `published`. */
  moderationState?: ModerationStateColumn;
}

/** Where moderation left a post, reply, file or profile (issue #8). */
export type ModerationStateColumn = 'published' | 'held' | 'hidden' | 'removed';

/** A moderation case as the rules need it. */
export interface ModerationCaseFacts {
  status: 'open' | 'escalated' | 'resolved';
  /** The group whose managers moderate it; null: site admins only (profile posts, profiles, site-wide holds). */
  groupId: string | null;
  /** The viewer's membership role in that group (null when not a member or no group). */
  viewerRole: 'owner' | 'manager' | 'member' | null;
  /** The visibility of the group the content lives in (null for profile content). */
  contentVisibility: GroupVisibility | null;
}

/** Held, hidden or removed content takes no replies, reactions or votes (its author only sees it). */
const isPublished = (content: { moderationState?: ModerationStateColumn }): boolean => (content.moderationState ?? 'published') === 'published';

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

  /**
   * A post is visible exactly when its group's content is (profile posts: all staff) and it is
   * published, or the viewer is its named author (who sees it with the moderator's notice).
   * Moderators see held, hidden and removed content through the moderation queue only.
   */
  canSeePost(viewer: Viewer, post: PostAccessFacts): boolean {
    if (!this.canSeeModerated(viewer, post.moderationState, post.authorId)) return false;
    return post.group === null || this.canSeeGroupContent(viewer, post.group);
  }

  /** Moderated content (not `published`) is seen by its named author only (SQL twin: {@link ModerationVisibilitySql}). */
  canSeeModerated(viewer: Viewer, state: ModerationStateColumn | undefined, authorId: string | null): boolean {
    return state === undefined || state === 'published' || (authorId !== null && authorId === viewer.userId);
  }

  /** A reply: its post is visible, and the reply is published or the viewer wrote it. */
  canSeeReply(viewer: Viewer, post: PostAccessFacts, reply: ReplyAccessFacts): boolean {
    return this.canSeePost(viewer, post) && this.canSeeModerated(viewer, reply.moderationState, reply.authorId);
  }

  /**
   * Whether the viewer moderates a case at all (reads it in the queue): its group's managers and
   * owners, and site admins (everything). Anyone else gets 404.
   */
  canReadModerationCase(viewer: Viewer, moderationCase: ModerationCaseFacts): boolean {
    if (viewer.role === 'admin') return true;
    return moderationCase.groupId !== null && (moderationCase.viewerRole === 'owner' || moderationCase.viewerRole === 'manager');
  }

  /** Acting on a case: its moderators, except that escalated cases belong to site admins (managers only read them). */
  canActOnModerationCase(viewer: Viewer, moderationCase: ModerationCaseFacts): boolean {
    if (!this.canReadModerationCase(viewer, moderationCase)) return false;
    return moderationCase.status !== 'escalated' || viewer.role === 'admin';
  }

  /** True when a site admin moderates content they could not otherwise read (closed/secret group, not a member): audited as such. */
  moderatesAsAdmin(viewer: Viewer, moderationCase: ModerationCaseFacts): boolean {
    if (viewer.role !== 'admin') return false;
    const manages = moderationCase.viewerRole === 'owner' || moderationCase.viewerRole === 'manager';
    return !manages && moderationCase.contentVisibility !== null && moderationCase.contentVisibility !== 'open';
  }

  /** Watch-list phrases: site admins only. */
  canManageWatchList(viewer: Viewer): boolean {
    return viewer.role === 'admin';
  }

  /** Election periods: site-wide ones by site admins; a group's by its managers (and site admins, audited by the caller). */
  canManageElectionPeriods(viewer: Viewer, group: GroupAccessFacts | null): boolean {
    return group === null ? viewer.role === 'admin' : this.canManageGroup(viewer, group);
  }

  /** Start a post: in a group, as `canPostInGroup` (announcements: managers only); on a profile, your own. */
  canCreatePost(viewer: Viewer, group: GroupActionFacts | null, type: PostAccessFacts['type']): boolean {
    if (group === null) return type !== 'announcement';
    if (type === 'announcement') return !group.archived && (group.viewerRole === 'owner' || group.viewerRole === 'manager');
    return this.canPostInGroup(viewer, group);
  }

  /** Reply, and vote in polls: members of the post's group (any staff on profile posts). */
  canReplyToPost(viewer: Viewer, post: PostAccessFacts): boolean {
    if (post.deleted || !this.canSeePost(viewer, post) || !isPublished(post)) return false;
    return post.group === null || (!post.group.archived && post.group.viewerRole !== null);
  }

  /** React, mark seen or read: anyone who may see a live post in a live group. */
  canReactToPost(viewer: Viewer, post: PostAccessFacts): boolean {
    return !post.deleted && this.canSeePost(viewer, post) && !post.group?.archived && isPublished(post);
  }

  /** Only a named author edits, so an anonymous author is never singled out (not even to themselves). */
  canEditPost(viewer: Viewer, post: PostAccessFacts): boolean {
    return !post.deleted && !post.anonymous && post.authorId !== null && post.authorId === viewer.userId && !post.group?.archived;
  }

  /** The named author, the group's managers, or a site admin (audited: {@link actsAsAdminOnPost}). */
  canDeletePost(viewer: Viewer, post: PostAccessFacts): boolean {
    if (post.deleted || !this.canSeePost(viewer, post) || post.group?.archived) return false;
    return this.canEditPost(viewer, post) || this.canModeratePost(viewer, post);
  }

  /** Pin, delete others' posts, see announcement read counts: the group's managers (and site admins). */
  canModeratePost(viewer: Viewer, post: PostAccessFacts): boolean {
    if (!this.canSeePost(viewer, post)) return false;
    return post.group === null ? viewer.role === 'admin' : this.canManageGroup(viewer, post.group);
  }

  /** Question posts: the named asker or the group's managers mark the accepted answer. */
  canAcceptAnswer(viewer: Viewer, post: PostAccessFacts): boolean {
    if (post.type !== 'question' || post.deleted || post.group?.archived) return false;
    return this.canEditPost(viewer, post) || this.canModeratePost(viewer, post);
  }

  /** Site admins only, and only for anonymous posts they may see; the caller audits. */
  canRevealAuthor(viewer: Viewer, post: PostAccessFacts): boolean {
    return viewer.role === 'admin' && post.anonymous && this.canSeePost(viewer, post);
  }

  /** A reply's own author edits it, while the post and its group are live. */
  canEditReply(viewer: Viewer, post: PostAccessFacts, reply: ReplyAccessFacts): boolean {
    return !reply.deleted && reply.authorId === viewer.userId && this.canReactToPost(viewer, post);
  }

  /** The reply's author or the post's moderators (site admins audited). */
  canDeleteReply(viewer: Viewer, post: PostAccessFacts, reply: ReplyAccessFacts): boolean {
    if (reply.deleted || !this.canReactToPost(viewer, post)) return false;
    return reply.authorId === viewer.userId || this.canModeratePost(viewer, post);
  }

  /** True when a moderation action on a post is allowed only because the viewer is a site admin. */
  actsAsAdminOnPost(viewer: Viewer, post: PostAccessFacts): boolean {
    if (viewer.role !== 'admin' || this.canEditPost(viewer, post)) return false;
    return post.group === null || this.actsAsAdmin(viewer, post.group);
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

/**
 * The moderation rule of {@link AuthorizationService.canSeeModerated} as SQL: a post, reply or
 * file row `alias` (with `moderation_state` and `author_id`) is visible to `viewerParam` when it
 * is published or they are its named author. Pass `viewerParam` null where nobody is exempt
 * (fan-out to other people, counts everyone sees).
 */
export const ModerationVisibilitySql = {
  published: (alias: string, viewerParam: string | null): string =>
    viewerParam === null
      ? `${alias}.moderation_state = 'published'`
      : `(${alias}.moderation_state = 'published' OR ${alias}.author_id = ${viewerParam})`,
};
