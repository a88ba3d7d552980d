import { Injectable } from '@nestjs/common';
import type { PostView } from '@moot/contracts';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuthorizationService, type Viewer } from '../authorization/authorization.service';
import { groupBy, type PostFacets, toPostView, toReactionSummaries } from './post.mapper';
import { postFactsOf, type PostRow, toPersonRowSummary } from './post-row';
import type { CountRow } from './post-views.repository';
import { PostViewsRepository } from './post-views.repository';
import { ModerationNoticesRepository, toModerationNotice } from '../moderation/moderation-notices.repository';

const byPost = (rows: CountRow[]): Map<string, CountRow> => new Map(rows.map((row) => [row.postId, row]));

/**
 * Builds {@link PostView}s for one viewer: the single way posts leave the API (post pages,
 * feeds, search). Visibility is decided by {@link AuthorizationService.canSeePost}.
 */
@Injectable()
export class PostViewsService {
  constructor(
    private readonly repository: PostViewsRepository,
    private readonly authorization: AuthorizationService,
    private readonly attachments: AttachmentsService,
    private readonly notices: ModerationNoticesRepository,
  ) {}

  /** The posts the viewer may see, in the order of `postIds`; hidden and unknown ids are skipped. */
  async viewsFor(viewer: Viewer, postIds: string[]): Promise<PostView[]> {
    const rows = await this.visibleRows(viewer, postIds);
    return this.toViews(viewer, rows);
  }

  /** The rows the viewer may see, in the order asked for. */
  async visibleRows(viewer: Viewer, postIds: string[]): Promise<PostRow[]> {
    const rows = await this.repository.rows(viewer.userId, postIds);
    const byId = new Map(rows.filter((row) => this.authorization.canSeePost(viewer, postFactsOf(row))).map((row) => [row.id, row]));
    const seen = new Set<string>();
    return postIds.flatMap((id) => {
      const row = byId.get(id);
      if (!row || seen.has(id)) return [];
      seen.add(id);
      return [row];
    });
  }

  /** The create response for an anonymous post the watch-list or an election period held (see PostsService.create). */
  async heldAnonymousView(viewer: Viewer, postId: string, caseId: string): Promise<PostView> {
    const [view] = await this.toViews(viewer, await this.repository.rows(viewer.userId, [postId]));
    const notice = (await this.notices.latest('post', [postId])).get(postId);
    return { ...view, moderation: notice && notice.caseId === caseId ? toModerationNotice(notice, 'held') : null };
  }

  async toViews(viewer: Viewer, rows: PostRow[]): Promise<PostView[]> {
    if (rows.length === 0) return [];
    const facets = await this.facetsOf(viewer, rows);
    return rows.map((row) => toPostView(row, facets, viewer, this.authorization));
  }

  private async facetsOf(viewer: Viewer, rows: PostRow[]): Promise<PostFacets> {
    const ids = rows.map((row) => row.id);
    const authorIds = rows.flatMap((row) => (row.authorId ? [row.authorId] : []));
    const pollIds = rows.filter((row) => row.type === 'poll').map((row) => row.id);
    const announcementIds = rows.filter((row) => row.type === 'announcement').map((row) => row.id);
    // Only the author and the post's moderators are told about decisions; nobody else's views load them.
    const concerned = rows.filter((row) => row.authorId === viewer.userId || this.authorization.canModeratePost(viewer, postFactsOf(row))).map((row) => row.id);
    const [authors, mentions, topics, replyCounts, seen, reads, reactions, pollOptions, pollVoters, attachments, notices] = await Promise.all([
      this.repository.people(authorIds),
      this.repository.mentions(ids),
      this.repository.topics(ids),
      this.repository.replyCounts(ids),
      this.repository.seenCounts(ids, viewer.userId),
      this.repository.announcementReads(announcementIds, viewer.userId),
      this.repository.postReactions(ids, viewer.userId),
      this.repository.pollOptions(pollIds, viewer.userId),
      this.repository.pollVoters(pollIds, viewer.userId),
      this.attachments.viewsFor(ids),
      this.notices.latest('post', concerned),
    ]);
    return {
      authors: new Map(authors.map((person) => [person.id, toPersonRowSummary(person)])),
      mentions: new Map([...groupBy(mentions, (row) => row.postId)].map(([postId, people]) => [postId, people.map(toPersonRowSummary)])),
      topics,
      replyCounts: byPost(replyCounts),
      seen: byPost(seen),
      reads: byPost(reads),
      reactions: new Map([...groupBy(reactions, (row) => row.targetId)].map(([postId, kinds]) => [postId, toReactionSummaries(kinds)])),
      pollOptions: groupBy(pollOptions, (row) => row.postId),
      pollVoters: byPost(pollVoters),
      attachments,
      notices,
    };
  }
}
