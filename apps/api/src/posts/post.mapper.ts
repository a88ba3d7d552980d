import { REACTION_KINDS, type AttachmentView, type PersonSummary, type PollView, type PostView, type ReactionSummary } from '@moot/contracts';
import type { AuthorizationService, Viewer } from '../authorization/authorization.service';
import { noticeApplies, type NoticeRow, toModerationNotice } from '../moderation/moderation-notices.repository';
import { postFactsOf, type PostRow } from './post-row';
import type { CountRow, PollOptionRow, ReactionRow } from './post-views.repository';

/** Everything loaded about a batch of posts, keyed by post id. */
export interface PostFacets {
  authors: Map<string, PersonSummary>;
  mentions: Map<string, PersonSummary[]>;
  topics: Map<string, string[]>;
  replyCounts: Map<string, CountRow>;
  seen: Map<string, CountRow>;
  reads: Map<string, CountRow>;
  reactions: Map<string, ReactionSummary[]>;
  pollOptions: Map<string, PollOptionRow[]>;
  pollVoters: Map<string, CountRow>;
  attachments: Map<string, AttachmentView[]>;
  /** Latest moderation decisions, loaded only for posts the viewer wrote or moderates. */
  notices: Map<string, NoticeRow>;
}

export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** Reaction counts in the fixed kind order, only kinds someone used. */
export function toReactionSummaries(rows: ReactionRow[]): ReactionSummary[] {
  return REACTION_KINDS.flatMap((kind) => {
    const row = rows.find((candidate) => candidate.kind === kind);
    return row ? [{ kind, count: row.count, mine: row.mine }] : [];
  });
}

export function isPollClosed(row: Pick<PostRow, 'pollClosesAt'>, now = new Date()): boolean {
  return row.pollClosesAt !== null && row.pollClosesAt.getTime() <= now.getTime();
}

function toPollView(row: PostRow, facets: PostFacets): PollView {
  const voters = facets.pollVoters.get(row.id);
  const closed = isPollClosed(row);
  const options = facets.pollOptions.get(row.id) ?? [];
  const resultsVisible = closed || voters?.mine === true;
  return {
    options: options.map((option) => ({ id: option.id, label: option.label, votes: resultsVisible ? option.votes : null })),
    multipleChoice: row.pollMultipleChoice === true,
    closesAt: row.pollClosesAt?.toISOString() ?? null,
    closed,
    myVotes: options.filter((option) => option.mine).map((option) => option.id),
    resultsVisible,
    totalVoters: resultsVisible ? (voters?.count ?? 0) : null,
  };
}

/** One post as one viewer may see it. A deleted post is a tombstone: no author, body or extras. */
export function toPostView(row: PostRow, facets: PostFacets, viewer: Viewer, authorization: AuthorizationService): PostView {
  const facts = postFactsOf(row);
  const deleted = facts.deleted;
  const canEdit = authorization.canEditPost(viewer, facts);
  const moderates = authorization.canModeratePost(viewer, facts);
  const reads = facets.reads.get(row.id);
  const pollClosed = isPollClosed(row);
  return {
    id: row.id,
    type: row.type,
    group: row.groupId && row.groupSlug && row.groupName ? { id: row.groupId, slug: row.groupSlug, name: row.groupName } : null,
    author: deleted || row.authorId === null ? null : (facets.authors.get(row.authorId) ?? null),
    anonymous: row.authorId === null,
    body: canEdit ? row.body : null,
    bodyHtml: deleted ? '' : row.bodyHtml,
    topics: deleted ? [] : (facets.topics.get(row.id) ?? []),
    mentions: deleted ? [] : (facets.mentions.get(row.id) ?? []),
    attachments: deleted ? [] : (facets.attachments.get(row.id) ?? []),
    poll: row.type === 'poll' && !deleted ? toPollView(row, facets) : null,
    acceptedReplyId: row.acceptedReplyId,
    pinned: row.pinnedAt !== null,
    announcement: row.type === 'announcement' ? { readByMe: reads?.mine === true, readCount: moderates ? (reads?.count ?? 0) : null } : null,
    replyCount: facets.replyCounts.get(row.id)?.count ?? 0,
    seenByCount: facets.seen.get(row.id)?.count ?? 0,
    reactions: deleted ? [] : (facets.reactions.get(row.id) ?? []),
    editedAt: row.editedAt?.toISOString() ?? null,
    deleted,
    createdAt: row.createdAt.toISOString(),
    can: {
      edit: canEdit,
      delete: authorization.canDeletePost(viewer, facts),
      reply: authorization.canReplyToPost(viewer, facts),
      react: authorization.canReactToPost(viewer, facts),
      acceptAnswer: authorization.canAcceptAnswer(viewer, facts),
      pin: moderates && !deleted && row.groupId !== null && !facts.group?.archived,
      vote: row.type === 'poll' && !pollClosed && authorization.canReplyToPost(viewer, facts),
      revealAuthor: authorization.canRevealAuthor(viewer, facts),
    },
    moderation: moderationNoticeOf(row, facets, canEdit || row.authorId === viewer.userId, moderates),
    electionLabel: row.electionLabel,
  };
}

/** The author (and the post's moderators) see why it is held, hidden, removed or warned about. */
function moderationNoticeOf(row: PostRow, facets: PostFacets, author: boolean, moderates: boolean): PostView['moderation'] {
  const notice = facets.notices.get(row.id);
  if (!(author || moderates) || !notice || !noticeApplies(notice, row.moderationState)) return null;
  return toModerationNotice(notice, row.moderationState, author);
}
