/** REST shapes of data rights: personal downloads, the council export, erasure and retention (issue #8). */

/**
 * `GET /api/people/me/data?format=json|html`: everything the viewer wrote and their profile, as a
 * download (`Content-Disposition: attachment`). Streamed.
 */
export type PersonalDataFormat = 'json' | 'html';

export type ExportStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

/** A whole-council export (site admins). `POST /api/admin/exports` (202), `GET /api/admin/exports`, `GET /api/admin/exports/:id`. */
export interface CouncilExportView {
  id: string;
  status: ExportStatus;
  /** What it is doing now, e.g. `posts`, `files`. */
  phase: string | null;
  /** Rows and files written so far, and the total expected (known once counted). */
  processed: number;
  total: number | null;
  /** Archive format version (see docs/export-format.md). */
  formatVersion: number;
  requestedBy: { id: string; displayName: string } | null;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  sizeBytes: number | null;
  error: string | null;
  /** Same-origin URL of the archive once completed. */
  downloadUrl: string | null;
  /** How many times it was restarted after an interruption. */
  attempts: number;
}

export interface CouncilExportsResponse {
  items: CouncilExportView[];
}

/** What happens to an erased person's posts, replies and files. */
export type ErasureContentChoice = 'keep_as_former_colleague' | 'remove';

/** `POST /api/admin/people/:id/erasure` (site admins). */
export interface ErasureRequest {
  content: ErasureContentChoice;
  /** Why (e.g. the subject-access/erasure request reference); audited. */
  reason: string;
  /** Must equal the person's current email address, as a guard against erasing the wrong person. */
  confirmEmail: string;
}

export interface ErasureResult {
  personId: string;
  content: ErasureContentChoice;
  postsRemoved: number;
  repliesRemoved: number;
  filesRemoved: number;
  erasedAt: string;
}

/** A retention rule: delete posts (with their replies and files) older than maxAgeDays in these groups. */
export interface RetentionPolicy {
  id: string;
  /** Null: posts on people's profiles. */
  group: { id: string; slug: string; name: string } | null;
  maxAgeDays: number;
  createdAt: string;
  lastRunAt: string | null;
  lastRunDeleted: number | null;
}

/** `GET /api/admin/retention`, `POST /api/admin/retention`, `PATCH|DELETE /api/admin/retention/:id`. */
export interface RetentionPoliciesResponse {
  items: RetentionPolicy[];
}

export interface CreateRetentionPolicyRequest {
  /** Omit or null for profile posts. */
  groupId?: string | null;
  maxAgeDays: number;
}

export interface UpdateRetentionPolicyRequest {
  maxAgeDays: number;
}

/** `GET /api/admin/retention/:id/preview`: what the next run would delete. */
export interface RetentionPreview {
  postsToDelete: number;
  oldestPostAt: string | null;
}

/**
 * `GET /api/admin/people/:id/erasure` (site admins): who would be erased and how much they wrote,
 * so the admin sees what each choice would do before confirming.
 */
export interface ErasurePreview {
  person: { id: string; displayName: string; email: string; jobTitle: string | null };
  /** Set when the person has already been erased (a second erasure answers 409). */
  erasedAt: string | null;
  /** Their posts, including anonymous ones, and replies: removed with `remove`, kept otherwise. */
  posts: number;
  replies: number;
  /** Files attached to those posts and replies. */
  files: number;
  groups: number;
}

/**
 * `GET /api/admin/people/erasure-candidates?q=` (site admins): people matching a name or email,
 * including deactivated leavers (the staff directory shows only active people). Erased people are left out.
 */
export interface ErasureCandidate {
  id: string;
  displayName: string;
  email: string;
  jobTitle: string | null;
  deactivated: boolean;
}

export interface ErasureCandidatesResponse {
  items: ErasureCandidate[];
}
