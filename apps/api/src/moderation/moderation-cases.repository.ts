import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationActionType, ModerationCaseSource, ModerationCaseStatus, ReportReason, ReportTargetType } from '@moot/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../authorization/authorization.service';
import { returningRows } from '../database/returning-rows';
import type { GroupRole } from '../groups/group-membership.entity';
import { PERSON_COLUMNS, type PersonRow } from '../posts/post-row';

export interface CaseRow {
  id: string;
  targetType: ReportTargetType;
  targetId: string;
  postId: string | null;
  groupId: string | null;
  authorId: string | null;
  status: ModerationCaseStatus;
  source: ModerationCaseSource;
  heldBecause: string | null;
  excerptHtml: string;
  decisionAction: ModerationActionType | 'held' | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  reviewNote: string | null;
  reviewRequestedAt: Date | null;
  openedAt: Date;
  openedAtText: string;
  updatedAt: Date;
  /** The viewer's role in the moderating group. */
  viewerRole: GroupRole | null;
  reportCount: number;
}

export interface ReportRow extends PersonRow {
  caseId: string;
  reason: ReportReason;
  details: string | null;
  reportedAt: Date;
}

export interface EventRow {
  caseId: string;
  action: ModerationActionType | 'held' | 'review_requested';
  reason: string | null;
  at: Date;
  actor: PersonRow | null;
}

/** $1 is the viewer's id. */
const CASE_SQL = `
  SELECT c.id, c.target_type AS "targetType", c.target_id AS "targetId", c.post_id AS "postId", c.group_id AS "groupId",
    c.author_id AS "authorId", c.status, c.source, c.held_because AS "heldBecause", c.excerpt_html AS "excerptHtml",
    c.decision_action AS "decisionAction", c.decision_reason AS "decisionReason", c.decided_at AS "decidedAt",
    c.review_note AS "reviewNote", c.review_requested_at AS "reviewRequestedAt",
    c.opened_at AS "openedAt", c.opened_at::text AS "openedAtText", c.updated_at AS "updatedAt",
    (SELECT m.role FROM group_memberships m WHERE m.group_id = c.group_id AND m.user_id = $1) AS "viewerRole",
    (SELECT count(*)::int FROM moderation_reports r WHERE r.case_id = c.id) AS "reportCount"
  FROM moderation_cases c`;

/** The cases a viewer moderates: every case for site admins; their groups' cases for managers. `$1` is the viewer. */
function scopeSql(viewer: Viewer): string {
  // Typed so that $1 is bound even when the admin's scope does not need it.
  if (viewer.role === 'admin') return '$1::uuid IS NOT NULL';
  return `c.group_id IN (SELECT sm.group_id FROM group_memberships sm WHERE sm.user_id = $1 AND sm.role IN ('owner', 'manager'))`;
}

export interface Decision {
  status: ModerationCaseStatus;
  action: ModerationActionType;
  reason: string | null;
  actorId: string;
  /** Record it as the decision the author is told about (and may ask to review once). */
  recordDecision: boolean;
}

/** Cases, reports and their history. */
@Injectable()
export class ModerationCasesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The live case on a target, created for a report when there is none (concurrent reporters
   * meet on the partial unique index). `created` tells a new case from a merge.
   */
  async liveCaseForReport(
    manager: EntityManager,
    target: { type: ReportTargetType; id: string; postId: string | null; groupId: string | null; writerId: string | null; excerptHtml: string },
  ): Promise<{ id: string; created: boolean }> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO moderation_cases (target_type, target_id, post_id, group_id, author_id, status, source, excerpt_html, opened_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'open', 'report', $6, now(), now())
       ON CONFLICT (target_type, target_id) WHERE status <> 'resolved' DO NOTHING RETURNING id`,
      [target.type, target.id, target.postId, target.groupId, target.writerId, target.excerptHtml],
    );
    if (inserted[0]) return { id: inserted[0].id, created: true };
    const [live] = returningRows<{ id: string }>(
      await manager.query(`UPDATE moderation_cases SET updated_at = now() WHERE target_type = $1 AND target_id = $2 AND status <> 'resolved' RETURNING id`, [
        target.type,
        target.id,
      ]),
    );
    return { id: live.id, created: false };
  }

  /** One report per person per case: false when this person had already reported it. */
  async addReport(manager: EntityManager, caseId: string, reporterId: string, reason: ReportReason, details: string | null): Promise<boolean> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO moderation_reports (case_id, reporter_id, reason, details, created_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (case_id, reporter_id) DO NOTHING RETURNING id`,
      [caseId, reporterId, reason, details],
    );
    return rows.length > 0;
  }

  async find(caseId: string, viewerId: string): Promise<CaseRow | null> {
    const rows: CaseRow[] = await this.dataSource.query(`${CASE_SQL} WHERE c.id = $2`, [viewerId, caseId]);
    return rows[0] ?? null;
  }

  /** A page of the viewer's queue, newest case first (keyset on opened_at, id). */
  page(viewer: Viewer, query: { status: ModerationCaseStatus; groupId: string | null; after: { at: string; id: string } | null; limit: number }): Promise<CaseRow[]> {
    return this.dataSource.query(
      `${CASE_SQL}
       WHERE ${scopeSql(viewer)} AND c.status = $2 AND ($3::uuid IS NULL OR c.group_id = $3::uuid)
         AND ($4::timestamptz IS NULL OR (c.opened_at, c.id) < ($4::timestamptz, $5::uuid))
       ORDER BY c.opened_at DESC, c.id DESC LIMIT $6`,
      [viewer.userId, query.status, query.groupId, query.after?.at ?? null, query.after?.id ?? null, query.limit],
    );
  }

  async counts(viewer: Viewer, groupId: string | null): Promise<{ open: number; escalated: number }> {
    const [row] = await this.dataSource.query<{ open: number; escalated: number }[]>(
      `SELECT count(*) FILTER (WHERE c.status = 'open')::int AS open, count(*) FILTER (WHERE c.status = 'escalated')::int AS escalated
       FROM moderation_cases c WHERE ${scopeSql(viewer)} AND c.status <> 'resolved' AND ($2::uuid IS NULL OR c.group_id = $2::uuid)`,
      [viewer.userId, groupId],
    );
    return row;
  }

  reports(caseIds: string[]): Promise<ReportRow[]> {
    if (caseIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT r.case_id AS "caseId", r.reason, r.details, r.created_at AS "reportedAt", ${PERSON_COLUMNS}
       FROM moderation_reports r JOIN users u ON u.id = r.reporter_id LEFT JOIN departments d ON d.id = u.department_id
       WHERE r.case_id = ANY($1::uuid[]) ORDER BY r.created_at, r.id`,
      [caseIds],
    );
  }

  async events(caseIds: string[]): Promise<EventRow[]> {
    if (caseIds.length === 0) return [];
    const rows: (PersonRow & { caseId: string; action: EventRow['action']; reason: string | null; at: Date; actorId: string | null })[] =
      await this.dataSource.query(
        `SELECT e.case_id AS "caseId", e.action, e.reason, e.created_at AS at, e.actor_id AS "actorId", ${PERSON_COLUMNS}
         FROM moderation_case_events e LEFT JOIN users u ON u.id = e.actor_id LEFT JOIN departments d ON d.id = u.department_id
         WHERE e.case_id = ANY($1::uuid[]) ORDER BY e.created_at, e.id`,
        [caseIds],
      );
    return rows.map((row) => ({ caseId: row.caseId, action: row.action, reason: row.reason, at: row.at, actor: row.actorId ? row : null }));
  }

  async addEvent(manager: EntityManager, caseId: string, action: EventRow['action'], reason: string | null, actorId: string | null): Promise<void> {
    await manager.query(`INSERT INTO moderation_case_events (case_id, action, reason, actor_id, created_at) VALUES ($1, $2, $3, $4, clock_timestamp())`, [
      caseId,
      action,
      reason,
      actorId,
    ]);
  }

  /** Moves the case on; a recorded decision replaces the last one, and may be reviewed once again. */
  async decide(manager: EntityManager, caseId: string, decision: Decision): Promise<void> {
    await manager.query(
      `UPDATE moderation_cases SET status = $2, updated_at = now(),
         decision_action = CASE WHEN $5::boolean THEN $3 ELSE decision_action END,
         decision_reason = CASE WHEN $5::boolean THEN $4 ELSE decision_reason END,
         decided_at = CASE WHEN $5::boolean THEN now() ELSE decided_at END,
         decided_by = CASE WHEN $5::boolean THEN $6::uuid ELSE decided_by END,
         review_note = CASE WHEN $5::boolean THEN NULL ELSE review_note END,
         review_requested_at = CASE WHEN $5::boolean THEN NULL ELSE review_requested_at END
       WHERE id = $1`,
      [caseId, decision.status, decision.action, decision.reason, decision.recordDecision, decision.actorId],
    );
    await this.addEvent(manager, caseId, decision.action, decision.reason, decision.actorId);
  }

  /** The author's request: re-opens a resolved case (an escalated one stays with the admins). */
  async requestReview(manager: EntityManager, caseId: string, note: string, authorId: string): Promise<void> {
    await manager.query(
      `UPDATE moderation_cases SET review_note = $2, review_requested_at = now(), updated_at = now(),
         status = CASE WHEN group_id IS NOT NULL THEN 'escalated' ELSE 'open' END
       WHERE id = $1`,
      [caseId, note],
    );
    await this.addEvent(manager, caseId, 'review_requested', note, authorId);
  }

  /** Locks the case for an action; null when it is gone. */
  async lock(manager: EntityManager, caseId: string): Promise<{ status: ModerationCaseStatus } | null> {
    const rows: { status: ModerationCaseStatus }[] = await manager.query(`SELECT status FROM moderation_cases WHERE id = $1 FOR UPDATE`, [caseId]);
    return rows[0] ?? null;
  }

  /** Decisions about the person's own content, newest first. */
  decisionsOf(authorId: string, limit: number): Promise<CaseRow[]> {
    return this.dataSource.query(`${CASE_SQL} WHERE c.author_id = $2 AND c.decided_at IS NOT NULL ORDER BY c.decided_at DESC, c.id DESC LIMIT $3`, [
      authorId,
      authorId,
      limit,
    ]);
  }
}
