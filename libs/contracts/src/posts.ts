/** REST shapes of discussion: posts, replies, reactions, polls, attachments and feeds (issue #6). */
import type { ModerationNotice } from './moderation';
import type { PersonSummary } from './people';

export type PostType = 'discussion' | 'question' | 'poll' | 'announcement';
export const POST_TYPES: readonly PostType[] = ['discussion', 'question', 'poll', 'announcement'];
export type ReactionKind = 'like' | 'thanks' | 'insightful' | 'support';
export const REACTION_KINDS: readonly ReactionKind[] = ['like', 'thanks', 'insightful', 'support'];

/** Markdown source limits (characters). */
export const POST_BODY_MAX = 20_000;
export const REPLY_BODY_MAX = 10_000;
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const POLL_OPTIONS_MAX = 10;

export interface GroupRef {
  id: string;
  slug: string;
  name: string;
}

export interface AttachmentView {
  id: string;
  kind: 'image' | 'document';
  fileName: string;
  contentType: string;
  size: number;
  /** Required for images. */
  altText: string | null;
  /** Served only to people who may see the post. */
  url: string;
  thumbnailUrl: string | null;
}

export interface ReactionSummary {
  kind: ReactionKind;
  count: number;
  mine: boolean;
}

export interface PollOptionView {
  id: string;
  label: string;
  /** Null until the viewer has voted or the poll has closed. */
  votes: number | null;
}

export interface PollView {
  options: PollOptionView[];
  multipleChoice: boolean;
  closesAt: string | null;
  closed: boolean;
  myVotes: string[];
  resultsVisible: boolean;
  /** Null while results are hidden. */
  totalVoters: number | null;
}

export interface PostView {
  id: string;
  type: PostType;
  /** Null for a post on the author's own profile. */
  group: GroupRef | null;
  /** Null when anonymous (for everyone, authors included) or deleted. */
  author: PersonSummary | null;
  anonymous: boolean;
  /** Markdown source: only for people who may edit (for the editor). */
  body: string | null;
  /** Server-rendered, sanitised HTML; empty for a deleted post. */
  bodyHtml: string;
  topics: string[];
  mentions: PersonSummary[];
  attachments: AttachmentView[];
  poll: PollView | null;
  /** Question posts: the reply marked as the answer. */
  acceptedReplyId: string | null;
  pinned: boolean;
  /** Announcements: whether you marked it read; readCount only for managers. */
  announcement: { readByMe: boolean; readCount: number | null } | null;
  replyCount: number;
  /** How many people have seen it ("seen by N"). */
  seenByCount: number;
  reactions: ReactionSummary[];
  editedAt: string | null;
  /** Soft-deleted: a tombstone ("This post was deleted"). */
  deleted: boolean;
  createdAt: string;
  can: { edit: boolean; delete: boolean; reply: boolean; react: boolean; acceptAnswer: boolean; pin: boolean; vote: boolean; revealAuthor: boolean };
  /** Issue #8: the moderation decision about this post, for its author and its moderators; null otherwise or when there is none. */
  moderation?: ModerationNotice | null;
  /** Issue #8: the label of the election ("purdah") period the post was made in, shown to everyone. */
  electionLabel?: string | null;
}

export interface ReplyView {
  id: string;
  postId: string;
  author: PersonSummary | null;
  body: string | null;
  bodyHtml: string;
  /** Quote-reply: which reply this quotes, with a short plain-text excerpt. */
  quote: { replyId: string; authorName: string | null; excerpt: string } | null;
  reactions: ReactionSummary[];
  accepted: boolean;
  editedAt: string | null;
  deleted: boolean;
  createdAt: string;
  can: { edit: boolean; delete: boolean; react: boolean };
  /** Issue #8: the moderation decision about this reply, for its author only; null otherwise. */
  moderation?: ModerationNotice | null;
}

/** `POST /api/posts`. */
export interface CreatePostRequest {
  /** Omit or null for your own profile. */
  groupId?: string | null;
  type: PostType;
  body: string;
  /** Only where the group allows anonymous posts. */
  anonymous?: boolean;
  /** From `POST /api/attachments` (uploaded by you, not yet used). */
  attachmentIds?: string[];
  poll?: { options: string[]; multipleChoice: boolean; closesAt?: string | null };
}

/** `PATCH /api/posts/:id` and `PATCH /api/replies/:id`: a new revision; earlier ones stay visible in the history. */
export interface EditBodyRequest {
  body: string;
}

export interface Revision {
  body: string;
  editedAt: string;
}

/** `GET /api/posts/:id/history`. */
export interface RevisionsResponse {
  revisions: Revision[];
}

/** `POST /api/posts/preview` with {@link EditBodyRequest}: the composer's preview, rendered and sanitised exactly as a post would be. */
export interface PreviewResponse {
  html: string;
}

/** `POST /api/posts/:id/replies`. */
export interface CreateReplyRequest {
  body: string;
  quoteReplyId?: string;
}

/** `GET /api/posts/:id/replies?after=&limit=` (oldest first). */
export interface RepliesPage {
  items: ReplyView[];
  nextCursor: string | null;
}

/** `PUT /api/posts/:id/reactions/:kind` and `/api/replies/:id/reactions/:kind` (204; DELETE removes). */
export interface ReactionsResponse {
  reactions: ReactionSummary[];
}

/** `POST /api/posts/:id/votes`. */
export interface VoteRequest {
  optionIds: string[];
}

/**
 * Feeds: `GET /api/feeds/home`, `/api/feeds/groups/:groupId`, `/api/feeds/people/:userId`,
 * `/api/feeds/topics/:topic` with `?cursor=` (older) or `?after=` (catch-up: newer than a head cursor).
 */
export interface FeedPage {
  items: PostView[];
  /** For older items; null at the end. */
  nextCursor: string | null;
  /** The newest item's cursor: pass as `after` to catch up after a reconnect. */
  headCursor: string | null;
}

/** `POST /api/attachments` (multipart `file`, field `altText` required for images). */
export type UploadAttachmentResponse = AttachmentView;
