import { Injectable } from '@nestjs/common';
import type { PostView } from '@moot/contracts';
import { AuthorizationService } from '../authorization/authorization.service';
import { DiscussionEvents } from './discussion-events';
import type { VoteDto } from './dto/post-requests.dto';
import { PostAccessService } from './post-access.service';
import type { PostActor } from './post-actor';
import { PostActivityRepository } from './post-activity.repository';
import { PostException } from './post.exception';
import { isPollClosed } from './post.mapper';
import { PostsService } from './posts.service';

/** Poll votes: each vote replaces the voter's previous one until the poll closes. */
@Injectable()
export class PollsService {
  constructor(
    private readonly access: PostAccessService,
    private readonly activity: PostActivityRepository,
    private readonly posts: PostsService,
    private readonly authorization: AuthorizationService,
    private readonly events: DiscussionEvents,
  ) {}

  async vote(postId: string, request: VoteDto, actor: PostActor): Promise<PostView> {
    const { row, facts } = await this.access.writable(postId, actor);
    if (row.type !== 'poll') throw PostException.invalid('optionIds', 'this post is not a poll');
    if (isPollClosed(row)) throw PostException.pollClosed();
    this.access.require(this.authorization.canReplyToPost(actor.viewer, facts), 'vote in this poll');
    const optionIds = [...new Set(request.optionIds)];
    if (!row.pollMultipleChoice && optionIds.length > 1) throw PostException.invalid('optionIds', 'this poll takes one choice');
    const valid = await this.activity.pollOptionIds(row.id, optionIds);
    if (valid.length !== optionIds.length) throw PostException.invalid('optionIds', 'must be options of this poll');
    await this.activity.replaceVote(row.id, actor.viewer.userId, optionIds);
    this.events.emit('poll:updated', { postId: row.id, groupId: row.groupId });
    return this.posts.get(row.id, actor);
  }
}
