import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationCaseSource, ReportTargetType } from '@moot/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '../database/returning-rows';
import { findWatchPhrase } from './watch-list-matcher';

/** Why new content waits for a moderator, and whose managers decide (null: site admins). */
export interface Hold {
  source: Exclude<ModerationCaseSource, 'report'>;
  because: string;
  moderatingGroupId: string | null;
}

export interface Assessment {
  /** The active election period's label (a post's own group's period first, else the site-wide one). */
  electionLabel: string | null;
  hold: Hold | null;
}

export interface HeldTarget {
  type: Exclude<ReportTargetType, 'profile'>;
  id: string;
  postId: string;
  /** Whoever wrote it (an anonymous post's writer included). */
  writerId: string;
  excerptHtml: string;
}

interface PeriodRow {
  groupId: string | null;
  label: string;
  holdForReview: boolean;
}

/** What the author is told. The watched phrase itself is not named, so the list cannot be probed. */
function authorReason(hold: Hold): string {
  return hold.source === 'watch_list'
    ? 'A moderator will check it before it appears.'
    : `Posted during the election period “${hold.because}”: a moderator will check it before it appears.`;
}

/**
 * Consulted by the posts module before content is stored: the keyword watch-list (posts, replies
 * and their edits) and election periods (new posts). Held content is stored `held` with a case
 * opened in the same transaction, and announces nothing until a moderator approves it.
 */
@Injectable()
export class ModerationHoldsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For a new post in `groupId` (null: a profile post). */
  async assessPost(text: string, groupId: string | null): Promise<Assessment> {
    const [watched, periods] = await Promise.all([this.watchHold(text, groupId), this.activePeriods(groupId)]);
    const electionLabel = periods[0]?.label ?? null;
    if (watched) return { electionLabel, hold: watched };
    const holding = periods.find((period) => period.holdForReview);
    return { electionLabel, hold: holding ? { source: 'election_period', because: holding.label, moderatingGroupId: holding.groupId } : null };
  }

  /** For a reply, or an edit of a post or reply: the watch-list only. */
  async assessText(text: string, groupId: string | null): Promise<Hold | null> {
    return this.watchHold(text, groupId);
  }

  /** Opens (or adds to the live) case for held content, inside the caller's transaction. */
  async openHeldCase(manager: EntityManager, target: HeldTarget, hold: Hold): Promise<string> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO moderation_cases (target_type, target_id, post_id, group_id, author_id, status, source, held_because, excerpt_html,
         decision_action, decision_reason, decided_at, opened_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $8, 'held', $9, now(), now(), now())
       ON CONFLICT (target_type, target_id) WHERE status <> 'resolved' DO NOTHING
       RETURNING id`,
      [target.type, target.id, target.postId, hold.moderatingGroupId, target.writerId, hold.source, hold.because.slice(0, 200), target.excerptHtml, authorReason(hold)],
    );
    let caseId = inserted[0]?.id;
    if (!caseId) {
      // Already in the queue (e.g. reported, then edited into a watched phrase): it now also waits.
      const [live] = returningRows<{ id: string }>(
        await manager.query(
        `UPDATE moderation_cases SET held_because = $3, decision_action = 'held', decision_reason = $5, decided_at = now(), decided_by = NULL,
           excerpt_html = $4, updated_at = now()
         WHERE target_type = $1 AND target_id = $2 AND status <> 'resolved' RETURNING id`,
          [target.type, target.id, hold.because.slice(0, 200), target.excerptHtml, authorReason(hold)],
        ),
      );
      caseId = live.id;
    }
    await manager.query(`INSERT INTO moderation_case_events (case_id, action, reason, actor_id, created_at) VALUES ($1, 'held', $2, NULL, now())`, [
      caseId,
      hold.source === 'watch_list' ? `Matched the watch-list phrase “${hold.because}”` : `Posted during the election period “${hold.because}”`,
    ]);
    return caseId;
  }

  private async watchHold(text: string, groupId: string | null): Promise<Hold | null> {
    const rows: { phrase: string }[] = await this.dataSource.query(`SELECT phrase FROM watch_words ORDER BY length(phrase) DESC, phrase`);
    const phrase = findWatchPhrase(text, rows.map((row) => row.phrase));
    return phrase ? { source: 'watch_list', because: phrase, moderatingGroupId: groupId } : null;
  }

  /** Periods in force now for a group (its own first, then site-wide); for a profile post, site-wide ones. */
  private activePeriods(groupId: string | null): Promise<PeriodRow[]> {
    return this.dataSource.query(
      `SELECT group_id AS "groupId", label, hold_for_review AS "holdForReview" FROM election_periods
       WHERE starts_at <= now() AND ends_at > now() AND (group_id IS NULL OR group_id = $1::uuid)
       ORDER BY (group_id IS NULL), starts_at DESC, id`,
      [groupId],
    );
  }
}
