import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService, type PostAccessFacts } from '../authorization/authorization.service';
import { encodeFeedCursor } from './feed-cursor';
import { DiscussionEvents } from './discussion-events';
import type { PostActor } from './post-actor';
import { postFactsOf, type PostRow } from './post-row';
import { PostException } from './post.exception';
import { PostViewsService } from './post-views.service';

/**
 * Loads one post for an actor and turns the authorisation answers into the feature's errors:
 * hidden or missing → 404 (identical); archived group → 409; deleted → 409; not allowed → 403.
 */
@Injectable()
export class PostAccessService {
  constructor(
    private readonly views: PostViewsService,
    private readonly authorization: AuthorizationService,
    private readonly audit: AuditService,
    private readonly events: DiscussionEvents,
  ) {}

  async visible(postId: string, actor: PostActor): Promise<PostRow> {
    const [row] = await this.views.visibleRows(actor.viewer, [postId]);
    if (!row) throw PostException.notFound();
    return row;
  }

  /** A visible post that may still change: its group is live and it is not deleted. */
  async writable(postId: string, actor: PostActor): Promise<{ row: PostRow; facts: PostAccessFacts }> {
    const row = await this.visible(postId, actor);
    if (row.groupArchivedAt) throw PostException.archived();
    if (row.deletedAt) throw PostException.deleted();
    return { row, facts: postFactsOf(row) };
  }

  /** Throws 403 unless `allowed`. */
  require(allowed: boolean, what: string): void {
    if (!allowed) throw PostException.forbidden(what);
  }

  async auditIfAdmin(actor: PostActor, facts: PostAccessFacts, row: PostRow, action: string, details: Record<string, unknown> = {}): Promise<void> {
    if (!this.authorization.actsAsAdminOnPost(actor.viewer, facts)) return;
    await this.audit.record({
      actor: actor.audit,
      origin: actor.origin,
      action: `post.admin.${action}`,
      target: { type: 'post', id: row.id },
      details: { groupId: row.groupId, ...details },
    });
  }

  emitPost(event: 'post:created' | 'post:updated' | 'post:deleted', post: { id: string; groupId: string | null; createdAt: Date }): void {
    this.events.emit(event, { postId: post.id, groupId: post.groupId, cursor: encodeFeedCursor(post.createdAt, post.id) });
  }
}
