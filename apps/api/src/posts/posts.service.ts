import { Injectable } from '@nestjs/common';
import type { PostView, PreviewResponse, RevisionsResponse } from '@moot/contracts';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuthorizationService, type GroupActionFacts } from '../authorization/authorization.service';
import { GroupException } from '../groups/group.exception';
import type { CreatePostDto, EditBodyDto } from './dto/post-requests.dto';
import { PostAccessService } from './post-access.service';
import type { PostActor } from './post-actor';
import { PostActivityRepository } from './post-activity.repository';
import { PostBodyService } from './post-body.service';
import { ModerationHoldsService } from '../moderation/moderation-holds.service';
import { PostException } from './post.exception';
import { PostViewsService } from './post-views.service';
import { PostWriteRepository, type PostingGroupRow } from './post-write.repository';

const groupFacts = (group: PostingGroupRow): GroupActionFacts => ({
  visibility: group.visibility,
  viewerRole: group.myRole,
  viewerInvited: group.invited,
  archived: group.archivedAt !== null,
  postingPermission: group.postingPermission,
  membersCanInvite: group.membersCanInvite,
});

/** Posts: create, read, edit (with history), soft delete, "seen by" and announcement reads. */
@Injectable()
export class PostsService {
  constructor(
    private readonly writes: PostWriteRepository,
    private readonly activity: PostActivityRepository,
    private readonly views: PostViewsService,
    private readonly access: PostAccessService,
    private readonly body: PostBodyService,
    private readonly authorization: AuthorizationService,
    private readonly attachments: AttachmentsService,
    private readonly holds: ModerationHoldsService,
  ) {}

  async create(request: CreatePostDto, actor: PostActor): Promise<PostView> {
    const viewer = actor.viewer;
    const group = request.groupId ? await this.writes.groupForPosting(request.groupId, viewer.userId) : null;
    if (request.groupId) {
      if (!group || !this.authorization.canSeeGroup(viewer, groupFacts(group))) throw GroupException.notFound();
      if (group.archivedAt) throw PostException.archived();
    }
    this.validateShape(request, group);
    const allowed = this.authorization.canCreatePost(viewer, group ? groupFacts(group) : null, request.type);
    this.access.require(allowed, request.type === 'announcement' ? 'post announcements here (managers only)' : 'post in this group');
    const rendered = await this.body.render(request.body, viewer.userId);
    const poll = request.poll
      ? { options: request.poll.options.map((option) => option.trim()), multipleChoice: request.poll.multipleChoice, closesAt: request.poll.closesAt ? new Date(request.poll.closesAt) : null }
      : null;
    const assessment = await this.holds.assessPost(request.body, group?.id ?? null);
    const created = await this.writes.transaction(async (manager) => {
      const post = await this.writes.insert(manager, {
        groupId: group?.id ?? null,
        authorId: viewer.userId,
        anonymous: request.anonymous === true,
        type: request.type,
        body: request.body,
        rendered,
        poll,
        moderationState: assessment.hold ? 'held' : 'published',
        electionLabel: assessment.electionLabel,
      });
      // All or none, in the same transaction: only the author's own unclaimed uploads.
      await this.attachments.claim(viewer.userId, request.attachmentIds ?? [], { postId: post.id }, manager);
      const caseId = assessment.hold
        ? await this.holds.openHeldCase(manager, { type: 'post', id: post.id, postId: post.id, writerId: viewer.userId, excerptHtml: rendered.html }, assessment.hold)
        : null;
      return { ...post, caseId };
    });
    // Held posts announce nothing (no feeds, rooms, mentions) until a moderator approves them.
    if (!assessment.hold) this.access.emitPost('post:created', { id: created.id, groupId: group?.id ?? null, createdAt: created.createdAt });
    // A held anonymous post cannot be read back by its writer (nothing links them to it): this answer is the one look they get.
    if (created.caseId && request.anonymous) return this.views.heldAnonymousView(viewer, created.id, created.caseId);
    return this.get(created.id, actor);
  }

  /** The composer's preview: the same rendering and sanitising as a saved post, nothing stored. */
  async preview(body: string, actor: PostActor): Promise<PreviewResponse> {
    return { html: (await this.body.render(body, actor.viewer.userId)).html };
  }

  async get(postId: string, actor: PostActor): Promise<PostView> {
    const [view] = await this.views.viewsFor(actor.viewer, [postId]);
    if (!view) throw PostException.notFound();
    return view;
  }

  async edit(postId: string, request: EditBodyDto, actor: PostActor): Promise<PostView> {
    const { row, facts } = await this.access.writable(postId, actor);
    this.access.require(this.authorization.canEditPost(actor.viewer, facts), 'edit this post');
    if (request.body !== row.body) {
      const rendered = await this.body.render(request.body, actor.viewer.userId);
      const hold = row.moderationState === 'published' ? await this.holds.assessText(request.body, row.groupId) : null;
      await this.writes.transaction(async (manager) => {
        await this.writes.edit(manager, row.id, request.body, rendered, hold !== null);
        if (hold) await this.holds.openHeldCase(manager, { type: 'post', id: row.id, postId: row.id, writerId: actor.viewer.userId, excerptHtml: rendered.html }, hold);
      });
      if (!hold && row.moderationState === 'published') this.access.emitPost('post:updated', row);
      // Taken out of view by the edit: rooms drop it as if deleted, until it is approved.
      if (hold) this.access.emitPost('post:deleted', row);
    }
    return this.get(row.id, actor);
  }

  async remove(postId: string, actor: PostActor): Promise<void> {
    const { row, facts } = await this.access.writable(postId, actor);
    this.access.require(this.authorization.canDeletePost(actor.viewer, facts), 'delete this post');
    await this.writes.transaction((manager) => this.writes.softDelete(manager, row.id));
    await this.access.auditIfAdmin(actor, facts, row, 'delete');
    this.access.emitPost('post:deleted', row);
  }

  async history(postId: string, actor: PostActor): Promise<RevisionsResponse> {
    const row = await this.access.visible(postId, actor);
    if (row.deletedAt) return { revisions: [] };
    return { revisions: await this.writes.history('post_revisions', row.id) };
  }

  /** Idempotent: one row per viewer. Seeing a deleted post is harmless, so it is not an error. */
  async markSeen(postId: string, actor: PostActor): Promise<void> {
    const row = await this.access.visible(postId, actor);
    await this.activity.markSeen(row.id, actor.viewer.userId);
  }

  async markRead(postId: string, actor: PostActor): Promise<PostView> {
    const row = await this.access.visible(postId, actor);
    if (row.type !== 'announcement') throw PostException.invalid('type', 'only announcements are marked read');
    await this.activity.markRead(row.id, actor.viewer.userId);
    return this.get(row.id, actor);
  }

  private validateShape(request: CreatePostDto, group: PostingGroupRow | null): void {
    if (request.type === 'poll' && !request.poll) throw PostException.invalid('poll', 'a poll post needs its options');
    if (request.type !== 'poll' && request.poll) throw PostException.invalid('poll', 'only poll posts have options');
    if (request.poll?.closesAt && new Date(request.poll.closesAt).getTime() <= Date.now()) {
      throw PostException.invalid('poll.closesAt', 'closesAt must be in the future');
    }
    if (request.type === 'announcement' && !group) throw PostException.invalid('groupId', 'announcements are posted in a group');
    if (request.anonymous && (!group || !group.allowAnonymousPosts)) {
      throw PostException.invalid('anonymous', 'this group does not allow anonymous posts');
    }
    if (request.anonymous && request.type === 'announcement') throw PostException.invalid('anonymous', 'announcements cannot be anonymous');
  }
}
