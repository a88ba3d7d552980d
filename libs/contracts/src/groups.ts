/** REST shapes of groups: cross-silo spaces, membership and team-lead tools (issue #5). */
import type { DepartmentRef, PersonSummary } from './people';

export type GroupType = 'open' | 'closed' | 'secret';
export type GroupRole = 'owner' | 'manager' | 'member';
/** Who may start posts: all members, or managers only (announcement groups). */
export type PostingPermission = 'members' | 'managers';

export interface GroupSettings {
  postingPermission: PostingPermission;
  /** Off by default. */
  allowAnonymousPosts: boolean;
  membersCanInvite: boolean;
}

/** A group in lists and search results. */
export interface GroupSummary {
  id: string;
  slug: string;
  name: string;
  /** Plain text, at most 280 characters. */
  summary: string;
  type: GroupType;
  archived: boolean;
  memberCount: number;
  departments: DepartmentRef[];
  /** The viewer's role, or null when not a member. */
  myRole: GroupRole | null;
  /** True when the viewer has a pending request to join. */
  requestPending: boolean;
}

/** `GET /api/groups/:idOrSlug` (404 when the viewer may not see it). */
export interface GroupDetail extends GroupSummary {
  description: string;
  /** Server-rendered, sanitised HTML of `description`. */
  descriptionHtml: string;
  purpose: string;
  /** The group's own house rules, shown to people joining (markdown source and sanitised HTML). */
  houseRules: string;
  houseRulesHtml: string;
  settings: GroupSettings;
  /** The IdP (SCIM) group whose members this group follows; shown to managers, null otherwise. */
  linkedScimGroupId: string | null;
  createdAt: string;
  /** What the viewer may do here. */
  can: {
    seeContent: boolean;
    join: boolean;
    requestToJoin: boolean;
    leave: boolean;
    post: boolean;
    invite: boolean;
    manage: boolean;
    archive: boolean;
    transferOwnership: boolean;
  };
}

/** `GET /api/groups?q=&type=&department=&mine=&cursor=&limit=`. */
export interface GroupDirectoryPage {
  items: GroupSummary[];
  nextCursor: string | null;
}

/** `POST /api/groups`. */
export interface CreateGroupRequest {
  name: string;
  /** Lower-case letters, digits and hyphens; derived from the name when omitted. */
  slug?: string;
  type: GroupType;
  description?: string;
  purpose?: string;
  houseRules?: string;
  departmentIds?: string[];
  settings?: Partial<GroupSettings>;
}

/** `PATCH /api/groups/:id` (managers and owners; `linkedScimGroupId` site admins only, null unlinks). */
export type UpdateGroupRequest = Partial<Omit<CreateGroupRequest, 'slug'>> & { linkedScimGroupId?: string | null };

export interface GroupMember {
  person: PersonSummary;
  role: GroupRole;
  joinedAt: string;
}

/** `GET /api/groups/:id/members?role=&department=&q=&cursor=`. */
export interface GroupMembersPage {
  items: GroupMember[];
  nextCursor: string | null;
  /** Members per department, for "which departments take part". */
  departments: { department: DepartmentRef | null; count: number }[];
}

export interface JoinRequest {
  person: PersonSummary;
  message: string | null;
  requestedAt: string;
}

/** `GET /api/groups/:id/requests` (managers). */
export interface JoinRequestsResponse {
  requests: JoinRequest[];
}

/** `POST /api/groups/:id/join`: open groups join at once; closed groups file a request. */
export interface JoinGroupRequest {
  message?: string;
}

export interface JoinGroupResponse {
  outcome: 'joined' | 'requested';
}

/** `POST /api/groups/:id/invitations`: invite people, or a whole department. */
export interface InviteRequest {
  userIds?: string[];
  departmentId?: string;
}

export interface InviteResponse {
  invited: number;
  alreadyMembers: number;
}

/** `POST /api/groups/:id/members/bulk`: add by department or by a CSV/list of emails, with a preview first. */
export interface BulkAddRequest {
  emails?: string;
  departmentId?: string;
  /** True: report only, change nothing. */
  preview: boolean;
}

export interface BulkAddReport {
  toAdd: PersonSummary[];
  alreadyMembers: PersonSummary[];
  /** Emails that match no active person. */
  notFound: string[];
  applied: boolean;
}

/** `PATCH /api/groups/:id/members/:userId`. */
export interface ChangeRoleRequest {
  role: GroupRole;
}

/** `POST /api/groups/:id/transfer-ownership`. */
export interface TransferOwnershipRequest {
  userId: string;
}

/** `GET/PUT /api/admin/settings/group-creation`. */
export interface GroupCreationSetting {
  mode: 'everyone' | 'listed';
  /** With `listed`: who may create groups (admins always may). */
  creators: PersonSummary[];
}

export interface UpdateGroupCreationSetting {
  mode: 'everyone' | 'listed';
  creatorIds: string[];
}

/** `GET /api/groups/suggestions`: groups your colleagues in other departments are in (at most 10). */
export interface GroupSuggestionsResponse {
  items: GroupSummary[];
}
