import { Injectable } from '@nestjs/common';
import { REPLY_BODY_MAX, type RepliesPage, type ReplyView, type RevisionsResponse } from '@moot/contracts';
import { AuthorizationService, type PostAccessFacts } from '../authorization/authorization.service';
import type { CreateReplyDto, EditBodyDto } from './dto/post-requests.dto';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor';
import { DiscussionEvents } from './discussion-events';
import { PostAccessService } from './post-access.service';
import type { PostActor } from './post-actor';
import { PostBodyService } from './post-body.service';
import { postFactsOf, type PostRow, toPersonRowSummary, UUID_PATTERN } from './post-row';
import { ModerationHoldsService } from '../moderation/moderation-holds.service';
import { ModerationNoticesRepository, noticeApplies, type NoticeRow, toModerationNotice } from '../moderation/moderation-notices.repository';
import { PostException } from './post.exception';
import { groupBy, toReactionSummaries } from './post.mapper';
import { PostViewsRepository } from './post-views.repository';
import { PostWriteRepository } from './post-write.repository';
import { ReplyRepository, type ReplyRow } from './reply.repository';

const DEFAULT_LIMIT = 50;

/** Replies: one level under a post, with quote-replies, edit history and soft delete. */
@Injectable()
export class RepliesService {
  constructor(
    private readonly replies: ReplyRepository,
    private readonly facets: PostViewsRepository,
    private readonly writes: PostWriteRepository,
    private readonly access: PostAccessService,
    private readonly body: PostBodyService,
    private readonly authorization: AuthorizationService,
    private readonly events: DiscussionEvents,
    private readonly holds: ModerationHoldsService,
    private readonly notices: ModerationNoticesRepository,
  ) {}

  async page(postId: string, query: { after?: string; limit?: number }, actor: PostActor): Promise<RepliesPage> {
    const post = await this.access.visible(postId, actor);
    const after = query.after ? decodeFeedCursor(query.after) : null;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.replies.page(post.id, after, limit + 1, actor.viewer.userId);
    const items = await this.toViews(post, rows.slice(0, limit), actor);
    const last = rows.length > limit ? rows[limit - 1] : null;
    return { items, nextCursor: last ? encodeFeedCursor(last.createdAt, last.id) : null };
  }

  async create(postId: string, request: CreateReplyDto, actor: PostActor): Promise<ReplyView> {
    const { row: post, facts } = await this.access.writable(postId, actor);
    this.access.require(this.authorization.canReplyToPost(actor.viewer, facts), 'reply to this post');
    if (request.quoteReplyId) {
      const quoted = await this.replies.find(request.quoteReplyId);
      if (!quoted || quoted.postId !== post.id || quoted.deletedAt || quoted.moderationState !== 'published') {
        throw PostException.invalid('quoteReplyId', 'must be a reply to the same post');
      }
    }
    const rendered = await this.body.render(request.body, actor.viewer.userId);
    const hold = await this.holds.assessText(request.body, post.groupId);
    const id = await this.replies.transaction(async (manager) => {
      const replyId = await this.replies.insert(manager, {
        postId: post.id,
        authorId: actor.viewer.userId,
        body: request.body,
        bodyHtml: rendered.html,
        quoteReplyId: request.quoteReplyId ?? null,
        moderationState: hold ? 'held' : 'published',
      });
      if (hold) await this.holds.openHeldCase(manager, { type: 'reply', id: replyId, postId: post.id, writerId: actor.viewer.userId, excerptHtml: rendered.html }, hold);
      return replyId;
    });
    // A held reply notifies nobody and reaches no room until a moderator approves it.
    if (!hold) this.events.emit('reply:created', { postId: post.id, replyId: id, groupId: post.groupId, mentionedUserIds: rendered.userIds });
    return this.get(id, actor);
  }

  async get(replyId: string, actor: PostActor): Promise<ReplyView> {
    const { post, reply } = await this.visible(replyId, actor);
    const [view] = await this.toViews(post, [reply], actor);
    return view;
  }

  async edit(replyId: string, request: EditBodyDto, actor: PostActor): Promise<ReplyView> {
    const { post, reply, facts } = await this.writable(replyId, actor);
    this.access.require(this.authorization.canEditReply(actor.viewer, facts, { authorId: reply.authorId, deleted: false }), 'edit this reply');
    if (request.body.length > REPLY_BODY_MAX) throw PostException.invalid('body', `body must be at most ${REPLY_BODY_MAX} characters`);
    if (request.body !== reply.body) {
      const rendered = await this.body.render(request.body, actor.viewer.userId);
      const hold = reply.moderationState === 'published' ? await this.holds.assessText(request.body, post.groupId) : null;
      await this.replies.transaction(async (manager) => {
        await this.replies.edit(manager, reply.id, request.body, rendered.html, hold !== null);
        if (hold) await this.holds.openHeldCase(manager, { type: 'reply', id: reply.id, postId: post.id, writerId: reply.authorId, excerptHtml: rendered.html }, hold);
      });
      const change = { postId: post.id, replyId: reply.id, groupId: post.groupId };
      if (hold) this.events.emit('reply:deleted', change);
      else if (reply.moderationState === 'published') this.events.emit('reply:updated', { ...change, mentionedUserIds: rendered.userIds });
    }
    return this.get(reply.id, actor);
  }

  async remove(replyId: string, actor: PostActor): Promise<void> {
    const { post, reply, facts } = await this.writable(replyId, actor);
    this.access.require(this.authorization.canDeleteReply(actor.viewer, facts, { authorId: reply.authorId, deleted: false }), 'delete this reply');
    await this.replies.softDelete(reply.id);
    if (post.acceptedReplyId === reply.id) await this.writes.setAcceptedReply(post.id, null);
    if (reply.authorId !== actor.viewer.userId) await this.access.auditIfAdmin(actor, facts, post, 'delete_reply', { replyId: reply.id });
    this.events.emit('reply:deleted', { postId: post.id, replyId: reply.id, groupId: post.groupId });
  }

  async history(replyId: string, actor: PostActor): Promise<RevisionsResponse> {
    const { reply } = await this.visible(replyId, actor);
    if (reply.deletedAt) return { revisions: [] };
    return { revisions: await this.writes.history('reply_revisions', reply.id) };
  }

  /** The reply and its post, when the actor may see the post; otherwise the same 404 as a missing reply. */
  async visible(replyId: string, actor: PostActor): Promise<{ post: PostRow; reply: ReplyRow }> {
    const reply = UUID_PATTERN.test(replyId) ? await this.replies.find(replyId) : null;
    if (!reply) throw PostException.replyNotFound();
    const post = await this.access.visible(reply.postId, actor).catch(() => {
      throw PostException.replyNotFound();
    });
    if (!this.authorization.canSeeModerated(actor.viewer, reply.moderationState, reply.authorId)) throw PostException.replyNotFound();
    return { post, reply };
  }

  private async writable(replyId: string, actor: PostActor): Promise<{ post: PostRow; reply: ReplyRow; facts: PostAccessFacts }> {
    const { post, reply } = await this.visible(replyId, actor);
    if (post.groupArchivedAt) throw PostException.archived();
    if (post.deletedAt || reply.deletedAt) throw PostException.deleted();
    return { post, reply, facts: postFactsOf(post) };
  }

  private async toViews(post: PostRow, rows: ReplyRow[], actor: PostActor): Promise<ReplyView[]> {
    const viewer = actor.viewer;
    const facts = postFactsOf(post);
    const mine = rows.filter((row) => row.authorId === viewer.userId).map((row) => row.id);
    const [authors, reactions, notices] = await Promise.all([
      this.replies.authors(rows.map((row) => row.authorId)),
      this.facets.replyReactions(rows.map((row) => row.id), viewer.userId),
      this.notices.latest('reply', mine),
    ]);
    const people = new Map(authors.map((person) => [person.id, toPersonRowSummary(person)]));
    const reactionsOf = groupBy(reactions, (row) => row.targetId);
    return rows.map((row) => {
      const deleted = row.deletedAt !== null;
      const replyFacts = { authorId: row.authorId, deleted };
      const canEdit = this.authorization.canEditReply(viewer, facts, replyFacts);
      return {
        id: row.id,
        postId: row.postId,
        author: deleted ? null : (people.get(row.authorId) ?? null),
        body: canEdit ? row.body : null,
        bodyHtml: deleted ? '' : row.bodyHtml,
        quote:
          !deleted && row.quoteReplyId
            ? { replyId: row.quoteReplyId, authorName: row.quoteDeleted ? null : row.quoteAuthorName, excerpt: row.quoteDeleted || !row.quoteBody ? '' : this.body.excerpt(row.quoteBody) }
            : null,
        reactions: deleted ? [] : toReactionSummaries(reactionsOf.get(row.id) ?? []),
        accepted: post.acceptedReplyId === row.id,
        editedAt: row.editedAt?.toISOString() ?? null,
        deleted,
        createdAt: row.createdAt.toISOString(),
        can: {
          edit: canEdit,
          delete: this.authorization.canDeleteReply(viewer, facts, replyFacts),
          react: !deleted && row.moderationState === 'published' && this.authorization.canReactToPost(viewer, facts),
        },
        moderation: this.noticeOf(notices.get(row.id), row),
      };
    });
  }

  /** Only loaded for the viewer's own replies: why one is held, hidden, removed or warned about. */
  private noticeOf(notice: NoticeRow | undefined, row: ReplyRow): ReplyView['moderation'] {
    return notice && noticeApplies(notice, row.moderationState) ? toModerationNotice(notice, row.moderationState) : null;
  }
}
