import { Injectable } from '@nestjs/common';
import { REACTION_KINDS, type ReactionKind, type ReactionsResponse } from '@moot/contracts';
import { AuthorizationService } from '../authorization/authorization.service';
import { DiscussionEvents } from './discussion-events';
import { PostAccessService } from './post-access.service';
import type { PostActor } from './post-actor';
import { PostActivityRepository } from './post-activity.repository';
import { PostException } from './post.exception';
import { toReactionSummaries } from './post.mapper';
import { PostViewsRepository } from './post-views.repository';
import { RepliesService } from './replies.service';

/** Reactions on posts and replies: setting one twice is a no-op; counts are announced after each change. */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly access: PostAccessService,
    private readonly replies: RepliesService,
    private readonly activity: PostActivityRepository,
    private readonly facets: PostViewsRepository,
    private readonly authorization: AuthorizationService,
    private readonly events: DiscussionEvents,
  ) {}

  async onPost(postId: string, kind: string, on: boolean, actor: PostActor): Promise<ReactionsResponse> {
    const { row, facts } = await this.access.writable(postId, actor);
    const reaction = this.kindOf(kind);
    this.access.require(this.authorization.canReactToPost(actor.viewer, facts), 'react to this post');
    await this.activity.react('post', row.id, actor.viewer.userId, reaction, on);
    const rows = await this.facets.postReactions([row.id], actor.viewer.userId);
    this.events.emit('reaction:changed', { postId: row.id, replyId: null, groupId: row.groupId, counts: Object.fromEntries(rows.map((r) => [r.kind, r.count])) });
    return { reactions: toReactionSummaries(rows) };
  }

  async onReply(replyId: string, kind: string, on: boolean, actor: PostActor): Promise<ReactionsResponse> {
    const { post, reply } = await this.replies.visible(replyId, actor);
    if (post.groupArchivedAt) throw PostException.archived();
    if (post.deletedAt || reply.deletedAt) throw PostException.deleted();
    const reaction = this.kindOf(kind);
    await this.activity.react('reply', reply.id, actor.viewer.userId, reaction, on);
    const rows = await this.facets.replyReactions([reply.id], actor.viewer.userId);
    this.events.emit('reaction:changed', { postId: post.id, replyId: reply.id, groupId: post.groupId, counts: Object.fromEntries(rows.map((r) => [r.kind, r.count])) });
    return { reactions: toReactionSummaries(rows) };
  }

  private kindOf(kind: string): ReactionKind {
    if (!(REACTION_KINDS as readonly string[]).includes(kind)) throw PostException.invalid('kind', `kind must be one of ${REACTION_KINDS.join(', ')}`);
    return kind as ReactionKind;
  }
}
