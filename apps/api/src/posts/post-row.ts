import type { PersonSummary } from '@moot/contracts';
import type { GroupActionFacts, ModerationStateColumn, PostAccessFacts } from '../authorization/authorization.service';
import type { DepartmentEntity } from '../departments/department.entity';
import type { GroupRole } from '../groups/group-membership.entity';
import type { GroupVisibility, PostingPermission } from '../groups/group.entity';
import { toPersonSummary } from '../people/person-summary';
import type { UserStatus } from '../users/user.entity';
import type { PostTypeColumn } from './post.entity';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A post with its group and the viewer's place in it. The anonymous author is never in here. */
export interface PostRow {
  id: string;
  groupId: string | null;
  authorId: string | null;
  type: PostTypeColumn;
  body: string;
  bodyHtml: string;
  pinnedAt: Date | null;
  acceptedReplyId: string | null;
  pollMultipleChoice: boolean | null;
  pollClosesAt: Date | null;
  editedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  moderationState: ModerationStateColumn;
  electionLabel: string | null;
  groupSlug: string | null;
  groupName: string | null;
  groupVisibility: GroupVisibility | null;
  groupArchivedAt: Date | null;
  groupPostingPermission: PostingPermission | null;
  groupMembersCanInvite: boolean | null;
  groupAllowsAnonymous: boolean | null;
  myRole: GroupRole | null;
  invited: boolean;
}

/** $1 is the viewer's id. */
export const POST_ROW_SQL = `
  SELECT p.id, p.group_id AS "groupId", p.author_id AS "authorId", p.type, p.body, p.body_html AS "bodyHtml",
    p.pinned_at AS "pinnedAt", p.accepted_reply_id AS "acceptedReplyId", p.poll_multiple_choice AS "pollMultipleChoice",
    p.poll_closes_at AS "pollClosesAt", p.edited_at AS "editedAt", p.deleted_at AS "deletedAt", p.created_at AS "createdAt",
    p.moderation_state AS "moderationState", p.election_label AS "electionLabel",
    g.slug AS "groupSlug", g.name AS "groupName", g.visibility AS "groupVisibility", g.archived_at AS "groupArchivedAt",
    g.posting_permission AS "groupPostingPermission", g.members_can_invite AS "groupMembersCanInvite",
    g.allow_anonymous_posts AS "groupAllowsAnonymous",
    (SELECT m.role FROM group_memberships m WHERE m.group_id = g.id AND m.user_id = $1) AS "myRole",
    EXISTS (SELECT 1 FROM group_invitations i WHERE i.group_id = g.id AND i.user_id = $1) AS invited
  FROM posts p LEFT JOIN groups g ON g.id = p.group_id`;

export function groupFactsOf(row: PostRow): GroupActionFacts | null {
  if (row.groupId === null || row.groupVisibility === null) return null;
  return {
    visibility: row.groupVisibility,
    viewerRole: row.myRole,
    viewerInvited: row.invited,
    archived: row.groupArchivedAt !== null,
    postingPermission: row.groupPostingPermission ?? 'members',
    membersCanInvite: row.groupMembersCanInvite ?? false,
  };
}

export function postFactsOf(row: PostRow): PostAccessFacts {
  return {
    authorId: row.authorId,
    anonymous: row.authorId === null,
    deleted: row.deletedAt !== null,
    type: row.type,
    group: groupFactsOf(row),
    moderationState: row.moderationState,
  };
}

export interface PersonRow {
  id: string;
  displayName: string;
  jobTitle: string | null;
  status: UserStatus;
  avatarKey: string | null;
  departmentId: string | null;
  departmentName: string | null;
  departmentSlug: string | null;
}

/** Columns of a `users u LEFT JOIN departments d` for {@link toPersonRowSummary}. */
export const PERSON_COLUMNS = `u.id, u.display_name AS "displayName", u.job_title AS "jobTitle", u.status, u.avatar_key AS "avatarKey",
  d.id AS "departmentId", d.name AS "departmentName", d.slug AS "departmentSlug"`;

export function toPersonRowSummary(row: PersonRow): PersonSummary {
  const department = row.departmentId ? ({ id: row.departmentId, name: row.departmentName, slug: row.departmentSlug } as DepartmentEntity) : null;
  return toPersonSummary({ ...row, department });
}
