import { Injectable } from '@nestjs/common';
import type { PersonSummary, PostView } from '@moot/contracts';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import { PostAccessService } from './post-access.service';
import type { PostActor } from './post-actor';
import { postFactsOf, toPersonRowSummary } from './post-row';
import { PostException } from './post.exception';
import { PostsService } from './posts.service';
import { PostWriteRepository } from './post-write.repository';
import { ReplyRepository } from './reply.repository';

/** Pinning, accepted answers and the audited reveal of an anonymous author. */
@Injectable()
export class PostModerationService {
  constructor(
    private readonly access: PostAccessService,
    private readonly writes: PostWriteRepository,
    private readonly replies: ReplyRepository,
    private readonly posts: PostsService,
    private readonly authorization: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async setPinned(postId: string, pinned: boolean, actor: PostActor): Promise<PostView> {
    const { row, facts } = await this.access.writable(postId, actor);
    this.access.require(row.groupId !== null && this.authorization.canModeratePost(actor.viewer, facts), 'pin posts in this group (managers only)');
    await this.writes.setPinned(row.id, pinned);
    await this.access.auditIfAdmin(actor, facts, row, pinned ? 'pin' : 'unpin');
    this.access.emitPost('post:updated', row);
    return this.posts.get(row.id, actor);
  }

  async setAcceptedReply(postId: string, replyId: string | null, actor: PostActor): Promise<PostView> {
    const { row, facts } = await this.access.writable(postId, actor);
    if (row.type !== 'question') throw PostException.invalid('type', 'only questions have an accepted answer');
    this.access.require(this.authorization.canAcceptAnswer(actor.viewer, facts), 'choose the answer to this question');
    if (replyId) {
      const reply = await this.replies.find(replyId);
      if (!reply || reply.postId !== row.id || reply.deletedAt) throw PostException.invalid('replyId', 'must be a reply to this question');
    }
    await this.writes.setAcceptedReply(row.id, replyId);
    this.access.emitPost('post:updated', row);
    return this.posts.get(row.id, actor);
  }

  /** Site admins only, with a reason; always audited. */
  async revealAuthor(postId: string, reason: string, actor: PostActor): Promise<{ author: PersonSummary }> {
    const row = await this.access.visible(postId, actor);
    if (!this.authorization.canRevealAuthor(actor.viewer, postFactsOf(row))) {
      throw row.authorId === null ? PostException.forbidden('reveal who wrote this post (site admins only)') : PostException.invalid('postId', 'this post is not anonymous');
    }
    const author = await this.writes.anonymousAuthor(row.id);
    if (!author) throw PostException.notFound();
    await this.audit.record({
      actor: actor.audit,
      origin: actor.origin,
      action: 'post.reveal_author',
      target: { type: 'post', id: row.id },
      details: { reason: reason.trim(), groupId: row.groupId, authorId: author.id },
    });
    return { author: toPersonRowSummary(author) };
  }
}
