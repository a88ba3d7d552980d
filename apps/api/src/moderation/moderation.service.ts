import { Injectable, Logger } from '@nestjs/common';
import type { ModerationCaseView, ModerationDecisionsResponse, ModerationQueuePage, ModerationState } from '@moot/contracts';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { GroupActor } from '../groups/group-actor';
import { NotificationPublisher } from '../notifications/notification-publisher.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { DiscussionEvents, type ReplyChangeWithMentions } from '../posts/discussion-events';
import { PostBodyService } from '../posts/post-body.service';
import { encodeFeedCursor } from '../posts/feed-cursor';
import { UUID_PATTERN } from '../posts/post-row';
import type { ModerationActionDto, QueueQueryDto } from './dto/moderation-requests.dto';
import { ModerationCasesRepository, type CaseRow } from './moderation-cases.repository';
import { ModerationException } from './moderation.exception';
import { isReviewable } from './moderation-notices.repository';
import { allowedActions, caseFactsOf, recordsDecision, stateAfter, statusAfter } from './moderation-rules';
import { ModerationTargetsRepository, type TargetRow } from './moderation-targets.repository';
import { ModerationViewsService } from './moderation-views.service';

const PAGE_SIZE = 25;
const DECISIONS_MAX = 100;

function encodeCursor(row: CaseRow): string {
  return Buffer.from(`${row.openedAtText}|${row.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || !UUID_PATTERN.test(id) || Number.isNaN(Date.parse(at.replace(' ', 'T')))) throw ModerationException.invalidCursor();
  return { at, id };
}

/**
 * The moderation queue and its decisions. Managers moderate their groups' cases; site admins
 * everything (escalated cases are theirs alone). Every action is audited; removals and warnings
 * tell the author why (never who reported it).
 */
@Injectable()
export class ModerationService {
  private readonly logger = new Logger(ModerationService.name);

  constructor(
    private readonly cases: ModerationCasesRepository,
    private readonly targets: ModerationTargetsRepository,
    private readonly views: ModerationViewsService,
    private readonly authorization: AuthorizationService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsRepository,
    private readonly publisher: NotificationPublisher,
    private readonly events: DiscussionEvents,
    private readonly body: PostBodyService,
  ) {}

  async queue(query: QueueQueryDto, actor: GroupActor): Promise<ModerationQueuePage> {
    const viewer = actor.viewer;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const groupId = query.groupId ?? null;
    const [rows, counts] = await Promise.all([
      this.cases.page(viewer, { status: query.status ?? 'open', groupId, after, limit: PAGE_SIZE + 1 }),
      this.cases.counts(viewer, groupId),
    ]);
    const page = rows.slice(0, PAGE_SIZE);
    const items = await this.views.caseViews(viewer, page);
    await this.auditAdminReads(actor, page);
    return { items, nextCursor: rows.length > PAGE_SIZE ? encodeCursor(page[page.length - 1]) : null, counts };
  }

  async get(caseId: string, actor: GroupActor): Promise<ModerationCaseView> {
    const row = await this.readable(caseId, actor);
    const [view] = await this.views.caseViews(actor.viewer, [row]);
    await this.auditAdminReads(actor, [row]);
    return view;
  }

  async act(caseId: string, request: ModerationActionDto, actor: GroupActor): Promise<ModerationCaseView> {
    const viewer = actor.viewer;
    const row = await this.readable(caseId, actor);
    const target = await this.targets.find(row.targetType, row.targetId, viewer.userId);
    const facts = caseFactsOf(row, target);
    if (!this.authorization.canActOnModerationCase(viewer, facts)) throw ModerationException.forbidden('act on an escalated case: site admins decide it');
    const allowed = allowedActions(true, row, target);
    if (!allowed.includes(request.action)) throw ModerationException.actionNotAllowed(request.action, allowed);
    const reason = request.reason?.trim() || null;
    const before: ModerationState = target?.state ?? 'removed';
    const after = stateAfter(request.action, before);
    await this.cases.transaction(async (manager) => {
      const locked = await this.cases.lock(manager, row.id);
      // Someone else moved it on meanwhile: the moderator looks again rather than overwrite.
      if (!locked || locked.status !== row.status) throw ModerationException.actionNotAllowed(request.action, []);
      if (target && after !== before) await this.targets.setState(manager, target.type, target.id, after);
      await this.cases.decide(manager, row.id, {
        status: statusAfter(request.action, row.status),
        action: request.action,
        reason,
        actorId: viewer.userId,
        recordDecision: recordsDecision(request.action, before),
      });
    });
    await this.audit.record({
      actor: actor.audit,
      origin: actor.origin,
      action: `moderation.${request.action}`,
      target: { type: row.targetType, id: row.targetId },
      details: {
        caseId: row.id,
        groupId: target?.groupId ?? null,
        reason,
        stateBefore: before,
        stateAfter: after,
        actsAsAdmin: this.authorization.moderatesAsAdmin(viewer, facts),
      },
    });
    if (target) {
      this.announce(target, before, after);
      if (request.action === 'remove' || request.action === 'warn') await this.tellAuthor(row, target);
    }
    return this.get(row.id, actor);
  }

  /**
   * The author asks for a decision to be looked at again: once per decision, within the review window.
   * A group case goes to site admins (someone other than the manager who decided, as the policy says).
   */
  async requestReview(caseId: string, note: string, actor: GroupActor): Promise<void> {
    const row = UUID_PATTERN.test(caseId) ? await this.cases.find(caseId, actor.viewer.userId) : null;
    if (!row || row.authorId === null || row.authorId !== actor.viewer.userId) throw ModerationException.caseNotFound();
    if (!row.decisionAction || !row.decidedAt || !isReviewable({ ...row, decisionAction: row.decisionAction, decidedAt: row.decidedAt })) throw ModerationException.reviewNotAllowed();
    await this.cases.transaction((manager) => this.cases.requestReview(manager, row.id, note.trim(), actor.viewer.userId));
    await this.audit.record({
      actor: actor.audit,
      origin: actor.origin,
      action: 'moderation.review_requested',
      target: { type: row.targetType, id: row.targetId },
      details: { caseId: row.id },
    });
  }

  async decisions(actor: GroupActor): Promise<ModerationDecisionsResponse> {
    const rows = await this.cases.decisionsOf(actor.viewer.userId, DECISIONS_MAX);
    return { items: await this.views.decisions(actor.viewer, rows) };
  }

  /** A case the viewer moderates; anyone else (a manager of another group, the author, a reporter) gets 404. */
  private async readable(caseId: string, actor: GroupActor): Promise<CaseRow> {
    const row = UUID_PATTERN.test(caseId) ? await this.cases.find(caseId, actor.viewer.userId) : null;
    if (!row || !this.authorization.canReadModerationCase(actor.viewer, caseFactsOf(row, null))) throw ModerationException.caseNotFound();
    return row;
  }

  /** Site admins read closed and secret groups' content through the queue: never silently. */
  private async auditAdminReads(actor: GroupActor, rows: CaseRow[]): Promise<void> {
    if (actor.viewer.role !== 'admin' || rows.length === 0) return;
    const targets = await this.views.targetsOf(rows, actor.viewer.userId);
    const caseIds = rows.filter((row) => this.authorization.moderatesAsAdmin(actor.viewer, caseFactsOf(row, this.views.targetOf(targets, row)))).map((row) => row.id);
    if (caseIds.length === 0) return;
    await this.audit.record({ actor: actor.audit, origin: actor.origin, action: 'moderation.admin_read', details: { caseIds } });
  }

  /**
   * Tells rooms, feeds and notification triggers what publishing or withdrawing means: content
   * leaving view is announced as deleted; a post coming back (approved or restored) as new, so
   * mentions and announcements go out then; a reply approved as new, one restored as updated
   * (so its thread is not told twice).
   */
  private announce(target: TargetRow, before: ModerationState, after: ModerationState): void {
    // Held content was never announced, so withdrawing it further has nothing to take back.
    if (before === after || !target.postId || target.deleted || (before === 'held' && after !== 'published')) return;
    if (target.type === 'post') {
      const change = { postId: target.id, groupId: target.groupId, cursor: encodeFeedCursor(target.createdAt, target.id) };
      // Feeds and rooms dropped it when it left view: it comes back as new (mentions are told once only).
      this.events.emit(after === 'published' ? 'post:created' : 'post:deleted', change);
    } else if (target.type === 'reply') {
      const change = { postId: target.postId, replyId: target.id, groupId: target.groupId };
      if (after !== 'published') this.events.emit('reply:deleted', change);
      else if (before === 'held') void this.announceReleasedReply(change);
      else this.events.emit('reply:updated', change);
    }
  }

  /** A reply let out of a hold is new to everyone, and whoever it mentions is told now (never while it was held). */
  private async announceReleasedReply(change: ReplyChangeWithMentions): Promise<void> {
    let mentionedUserIds: string[] = [];
    try {
      const reply = await this.targets.replySource(change.replyId);
      if (reply) mentionedUserIds = (await this.body.render(reply.body, reply.authorId)).userIds;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not work out the mentions of an approved reply');
    }
    this.events.emit('reply:created', { ...change, mentionedUserIds });
  }

  /** An in-app notification to whoever wrote it, with the reason (read from the case). */
  private async tellAuthor(row: CaseRow, target: TargetRow): Promise<void> {
    const [writer] = target.writerId ? await this.notifications.activeUserIds([target.writerId]) : [];
    if (!writer) return;
    try {
      const id = await this.notifications.upsert({
        userId: writer,
        type: 'moderation',
        targetType: 'moderation_case',
        targetId: row.id,
        groupId: null,
        groupKey: `moderation:${row.id}`,
        actorId: null,
        link: '/moderation/decisions',
      });
      await this.publisher.notificationChanged(writer, id);
    } catch (error) {
      this.logger.warn(`moderation notice not sent: ${(error as Error).message}`);
    }
  }
}

