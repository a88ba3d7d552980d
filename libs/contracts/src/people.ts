/** REST shapes of the people features: profiles, directory, skills exchange, follows. */

export type HideableField = 'phone' | 'pronouns' | 'location';
export const HIDEABLE_FIELDS: readonly HideableField[] = ['phone', 'pronouns', 'location'];

export type ContactMethod = 'moot' | 'email' | 'phone' | 'teams';

export interface DepartmentRef {
  id: string;
  name: string;
  slug: string;
}

export interface SkillRef {
  id: string;
  name: string;
}

/** A person as shown in lists, cards and mentions. */
export interface PersonSummary {
  id: string;
  displayName: string;
  jobTitle: string | null;
  department: DepartmentRef | null;
  /** Relative URL of the 128px avatar, or null when the person has none. */
  avatarUrl: string | null;
  /** Deactivated: shown as "former colleague", with no details. */
  formerColleague: boolean;
}

export interface ProfileSkill extends SkillRef {
  endorsementCount: number;
  endorsedByMe: boolean;
  /** Listed under "I can help with". */
  offersHelp: boolean;
}

export interface ProfileGroup {
  id: string;
  slug: string;
  name: string;
  visibility: 'open' | 'closed' | 'secret';
  role: 'owner' | 'manager' | 'member';
}

export interface ActivityItem {
  kind: 'post';
  id: string;
  groupId: string | null;
  groupName: string | null;
  /** Plain-text excerpt (at most 280 characters). */
  excerpt: string;
  createdAt: string;
}

export type ProfileField = 'avatar' | 'bio' | 'skills' | 'askMeAbout' | 'location' | 'workingPattern' | 'pronouns' | 'interests';

export interface ProfileCompleteness {
  /** 0–100. */
  percent: number;
  /** What would make the profile more useful to colleagues, most useful first. */
  missing: ProfileField[];
}

export interface ContactPreference {
  method: ContactMethod;
  note: string | null;
}

/** `GET /api/people/:id`. Hidden optional fields are null for everyone but the person and admins. */
export interface Profile extends PersonSummary {
  email: string;
  pronouns: string | null;
  location: string | null;
  workingPattern: string | null;
  phone: string | null;
  /** Markdown source: present only for the person themselves and admins (for editing). */
  bio: string | null;
  /** Server-rendered, sanitised HTML of the bio. */
  bioHtml: string;
  manager: PersonSummary | null;
  askMeAbout: string[];
  interests: string[];
  contactPreference: ContactPreference;
  /** Present only for the person themselves and admins. */
  hiddenFields: HideableField[] | null;
  skills: ProfileSkill[];
  learning: SkillRef[];
  /** Only groups whose membership the viewer may see. */
  groups: ProfileGroup[];
  /** Only posts the viewer may see; newest first, at most 10. */
  recentActivity: ActivityItem[];
  followedByMe: boolean;
  followerCount: number;
  isMe: boolean;
  canEdit: boolean;
  /** Present only on your own profile. */
  completeness: ProfileCompleteness | null;
}

/**
 * `PATCH /api/people/me` and `PATCH /api/people/:id` (admins for others; audited).
 * jobTitle, departmentId and managerId come from the identity provider: only admins may correct them.
 */
export interface UpdateProfileRequest {
  displayName?: string;
  pronouns?: string | null;
  location?: string | null;
  workingPattern?: string | null;
  phone?: string | null;
  /** Markdown, at most 2,000 characters. */
  bio?: string;
  askMeAbout?: string[];
  interests?: string[];
  contactPreference?: ContactPreference;
  hiddenFields?: HideableField[];
  jobTitle?: string | null;
  departmentId?: string | null;
  managerId?: string | null;
}

/** `POST /api/people/me/skills`: add (or update) one skill by name; names are normalised. */
export interface AddSkillRequest {
  name: string;
  offersHelp?: boolean;
}

/** `POST /api/people/me/learning`. */
export interface AddLearningGoalRequest {
  name: string;
}

/** `GET /api/skills?q=` (suggestions while typing). */
export interface SkillSuggestion extends SkillRef {
  /** How many active people list it. */
  peopleCount: number;
}

export interface SkillSuggestionsResponse {
  skills: SkillSuggestion[];
}

/** `GET /api/people/:id/skills/:skillId/endorsements`. */
export interface EndorsersResponse {
  skill: SkillRef;
  endorsers: PersonSummary[];
}

/** `GET /api/people?q=&skill=&topic=&department=&location=&cursor=&limit=`. */
export interface DirectoryQuery {
  q?: string;
  /** Skill name (normalised match). */
  skill?: string;
  /** "Ask me about" topic or interest (case-insensitive substring). */
  topic?: string;
  /** Department slug. */
  department?: string;
  location?: string;
  cursor?: string;
  limit?: number;
}

export interface DirectoryEntry extends PersonSummary {
  location: string | null;
  /** The person's skills that matched the query or skill filter. */
  matchedSkills: string[];
  askMeAbout: string[];
}

export interface DirectoryPage {
  items: DirectoryEntry[];
  /** Opaque keyset cursor for the next page; null on the last page. */
  nextCursor: string | null;
}

/** `GET /api/departments`: browse by department, with counts of active people. */
export interface DepartmentWithCount extends DepartmentRef {
  peopleCount: number;
}

export interface DepartmentsResponse {
  departments: DepartmentWithCount[];
}

/** `GET /api/people/suggestions?skill=`. */
export interface PeopleSuggestions {
  /** Share your skills or topics, favouring other departments. */
  likeYou: PersonSummary[];
  /** With `skill`: people outside your department who know it. */
  outsideYourDepartment: PersonSummary[];
}

export interface MentorMatch {
  person: PersonSummary;
  skills: SkillRef[];
  /** True when the match crosses departments (these come first). */
  crossesDepartments: boolean;
}

/** `GET /api/people/me/mentoring`. */
export interface MentoringMatches {
  /** People who offer help with what you want to learn. */
  canHelpYou: MentorMatch[];
  /** People who want to learn what you offer help with. */
  youCanHelp: MentorMatch[];
}

/** `PUT /api/people/me/avatar` (multipart field `file`; PNG, JPEG or WebP, at most 5 MB). */
export interface AvatarResponse {
  avatarUrl: string;
}

export const AVATAR_SIZES = [64, 128, 256] as const;
export type AvatarSize = (typeof AVATAR_SIZES)[number];
export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
