import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationActionType, ModerationNotice, ModerationState, ReportTargetType } from '@moot/contracts';
import { DataSource } from 'typeorm';

/** Decisions the author may ask to have looked at again (once per decision). */
export const REVIEWABLE_ACTIONS: readonly string[] = ['hide', 'remove', 'warn'];

/** How long an author has to ask for a review (the published moderation policy says 14 days). */
export const REVIEW_WINDOW_DAYS = 14;

/** Whether the author may still ask for this decision to be looked at again. */
export function isReviewable(row: Pick<NoticeRow, 'decisionAction' | 'decidedAt' | 'reviewRequestedAt'>, now: Date = new Date()): boolean {
  if (!REVIEWABLE_ACTIONS.includes(row.decisionAction) || row.reviewRequestedAt !== null) return false;
  return now.getTime() - row.decidedAt.getTime() <= REVIEW_WINDOW_DAYS * 24 * 60 * 60 * 1000;
}

export interface NoticeRow {
  caseId: string;
  targetId: string;
  decisionAction: ModerationActionType | 'held';
  decisionReason: string | null;
  decidedAt: Date;
  reviewRequestedAt: Date | null;
}

/** `forAuthor`: only the author may ask for a review; moderators see the same notice without the offer. */
export function toModerationNotice(row: NoticeRow, state: ModerationState, forAuthor = true): ModerationNotice {
  return {
    caseId: row.caseId,
    state,
    reason: row.decisionReason,
    action: row.decisionAction,
    decidedAt: row.decidedAt.toISOString(),
    canRequestReview: forAuthor && isReviewable(row),
    reviewRequestedAt: row.reviewRequestedAt?.toISOString() ?? null,
  };
}

/** Whether a decision is still worth telling the author about on the content itself. */
export function noticeApplies(row: NoticeRow, state: ModerationState): boolean {
  return state !== 'published' || row.decisionAction === 'warn';
}

/** The latest decision about each target, for the notices shown to authors (and moderators) on posts and replies. */
@Injectable()
export class ModerationNoticesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async latest(targetType: ReportTargetType, targetIds: string[]): Promise<Map<string, NoticeRow>> {
    if (targetIds.length === 0) return new Map();
    const rows: NoticeRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (target_id) id AS "caseId", target_id AS "targetId", decision_action AS "decisionAction",
         decision_reason AS "decisionReason", decided_at AS "decidedAt", review_requested_at AS "reviewRequestedAt"
       FROM moderation_cases WHERE target_type = $1 AND target_id = ANY($2::uuid[]) AND decided_at IS NOT NULL
       ORDER BY target_id, decided_at DESC, id`,
      [targetType, [...new Set(targetIds)]],
    );
    return new Map(rows.map((row) => [row.targetId, row]));
  }

  /** A profile's moderation state (absent: published). */
  async profileState(userId: string): Promise<ModerationState> {
    const rows: { state: ModerationState }[] = await this.dataSource.query(`SELECT state FROM profile_moderation WHERE user_id = $1`, [userId]);
    return rows[0]?.state ?? 'published';
  }
}
