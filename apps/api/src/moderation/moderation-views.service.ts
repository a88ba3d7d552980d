import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ModerationCaseView, ModerationDecision, ModerationTarget, PersonSummary, ReportTargetType } from '@moot/contracts';
import { AuthorizationService, type Viewer } from '../authorization/authorization.service';
import { PERSON_COLUMNS, type PersonRow, toPersonRowSummary } from '../posts/post-row';
import { groupBy } from '../posts/post.mapper';
import type { CaseRow, EventRow, ReportRow } from './moderation-cases.repository';
import { ModerationCasesRepository } from './moderation-cases.repository';
import { toModerationNotice } from './moderation-notices.repository';
import { allowedActions, caseFactsOf } from './moderation-rules';
import { ModerationTargetsRepository, type TargetRow } from './moderation-targets.repository';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

export function linkOf(type: ReportTargetType, id: string, postId: string | null): string {
  return type === 'profile' ? `/people/${id}` : `/posts/${postId ?? id}`;
}

/** Sanitised HTML to read: bodies are already sanitised when stored; a file is shown by its (escaped) name. */
export function excerptOf(target: TargetRow | null, fallback: string): string {
  if (!target) return fallback;
  return target.type === 'attachment' ? `<p>${escapeHtml(target.content)}</p>` : target.content;
}

const key = (type: string, id: string): string => `${type}:${id}`;

/** Turns case rows into the queue's views for one viewer: batched (targets per kind, reports, history, people). */
@Injectable()
export class ModerationViewsService {
  constructor(
    private readonly cases: ModerationCasesRepository,
    private readonly targets: ModerationTargetsRepository,
    private readonly authorization: AuthorizationService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Current rows of the cases' targets, keyed `type:id` (absent when the content no longer exists). */
  async targetsOf(rows: CaseRow[], viewerId: string): Promise<Map<string, TargetRow>> {
    const byType = groupBy(rows, (row) => row.targetType);
    const found = await Promise.all(
      [...byType].map(([type, group]) =>
        this.targets.findMany(
          type,
          group.map((row) => row.targetId),
          viewerId,
        ),
      ),
    );
    return new Map(found.flat().map((target) => [key(target.type, target.id), target]));
  }

  targetOf(targets: Map<string, TargetRow>, row: CaseRow): TargetRow | null {
    return targets.get(key(row.targetType, row.targetId)) ?? null;
  }

  async caseViews(viewer: Viewer, rows: CaseRow[]): Promise<ModerationCaseView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [targets, reports, events] = await Promise.all([this.targetsOf(rows, viewer.userId), this.cases.reports(ids), this.cases.events(ids)]);
    const authorIds = [...targets.values()].flatMap((target) => (target.authorId ? [target.authorId] : []));
    const authors = await this.people(authorIds);
    const reportsOf = groupBy(reports, (report) => report.caseId);
    const eventsOf = groupBy(events, (event) => event.caseId);
    return rows.map((row) => {
      const target = this.targetOf(targets, row);
      const facts = caseFactsOf(row, target);
      return {
        id: row.id,
        status: row.status,
        source: row.source,
        heldBecause: row.heldBecause,
        target: this.toTarget(row, target, authors),
        reports: (reportsOf.get(row.id) ?? []).map((report: ReportRow) => ({
          reporter: toPersonRowSummary(report),
          reason: report.reason,
          details: report.details,
          reportedAt: report.reportedAt.toISOString(),
        })),
        reportCount: row.reportCount,
        reviewRequest: row.reviewNote && row.reviewRequestedAt ? { note: row.reviewNote, requestedAt: row.reviewRequestedAt.toISOString() } : null,
        history: (eventsOf.get(row.id) ?? []).map((event: EventRow) => ({
          action: event.action,
          reason: event.reason,
          actor: event.actor ? toPersonRowSummary(event.actor) : null,
          at: event.at.toISOString(),
        })),
        openedAt: row.openedAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
        allowedActions: allowedActions(this.authorization.canActOnModerationCase(viewer, facts), row, target),
      };
    });
  }

  /** Decisions about the viewer's own content: no reporters, no moderators' names. */
  async decisions(viewer: Viewer, rows: CaseRow[]): Promise<ModerationDecision[]> {
    const targets = await this.targetsOf(rows, viewer.userId);
    return rows.flatMap((row) => {
      if (!row.decisionAction || !row.decidedAt) return [];
      const target = this.targetOf(targets, row);
      const notice = toModerationNotice(
        { caseId: row.id, targetId: row.targetId, decisionAction: row.decisionAction, decisionReason: row.decisionReason, decidedAt: row.decidedAt, reviewRequestedAt: row.reviewRequestedAt },
        target?.state ?? 'removed',
      );
      return [{ ...notice, target: { type: row.targetType, id: row.targetId, link: linkOf(row.targetType, row.targetId, row.postId), excerptHtml: excerptOf(target, row.excerptHtml) } }];
    });
  }

  private toTarget(row: CaseRow, target: TargetRow | null, authors: Map<string, PersonSummary>): ModerationTarget {
    return {
      type: row.targetType,
      id: row.targetId,
      link: linkOf(row.targetType, row.targetId, target?.postId ?? row.postId),
      excerptHtml: excerptOf(target, row.excerptHtml),
      author: target?.authorId ? (authors.get(target.authorId) ?? null) : null,
      group: target?.groupId && target.groupSlug && target.groupName ? { id: target.groupId, slug: target.groupSlug, name: target.groupName } : null,
      state: target?.state ?? 'removed',
      createdAt: (target?.createdAt ?? row.openedAt).toISOString(),
    };
  }

  private async people(ids: string[]): Promise<Map<string, PersonSummary>> {
    if (ids.length === 0) return new Map();
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, toPersonRowSummary(row)]));
  }
}
