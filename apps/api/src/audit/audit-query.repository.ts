import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditEventView } from '@moot/contracts';
import { likeContains } from '../common/sql-like';
import type { AuditCursor } from './audit-cursor';

/** Validated filters: dates parsed, `q` already normalised (trimmed, lower case). */
export interface AuditFilter {
  q?: string;
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  outcome?: 'success' | 'failure';
  from?: Date;
  to?: Date;
}

interface AuditRow {
  id: string;
  at_key: string;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

export interface AuditRowsPage {
  events: AuditEventView[];
  /** The last row's position, when there may be more. */
  last: AuditCursor | null;
}

// Must match the expression of IDX_audit_events_search_text_trgm exactly, or the index is not used.
const SEARCH_TEXT = `moot_audit_search_text(e.actor_label, e.action, e.target_id, e.ip, e.details)`;

/** Read-only queries of the audit log. Writing stays in AuditService; nothing updates or deletes. */
@Injectable()
export class AuditQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset on (at, id); asks for one row more than `limit` to know whether more follow. */
  async page(filter: AuditFilter, after: AuditCursor | null, limit: number): Promise<AuditRowsPage> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.q) where.push(`${SEARCH_TEXT} LIKE ${param(likeContains(filter.q))} ESCAPE '\\'`);
    if (filter.action) where.push(`e.action = ${param(filter.action)}`);
    if (filter.actorId) where.push(`e.actor_user_id = ${param(filter.actorId)}`);
    if (filter.targetType) where.push(`e.target_type = ${param(filter.targetType)}`);
    if (filter.targetId) where.push(`e.target_id = ${param(filter.targetId)}`);
    if (filter.outcome) where.push(`e.outcome = ${param(filter.outcome)}`);
    if (filter.from) where.push(`e.at >= ${param(filter.from)}`);
    if (filter.to) where.push(`e.at < ${param(filter.to)}`);
    if (after) where.push(`(e.at, e.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::bigint)`);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT e.id::text AS id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key,
              e.actor_user_id, e.actor_label, e.action, e.target_type, e.target_id, e.outcome, e.ip, e.user_agent, e.details
       FROM audit_events e
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY e.at DESC, e.id DESC
       LIMIT ${param(limit + 1)}`,
      params,
    );
    const more = rows.length > limit;
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return { events: shown.map(toView), last: more && last ? { at: last.at_key, id: last.id } : null };
  }

  /** Distinct action names, by a skip scan over IDX_audit_events_action (a plain DISTINCT reads every row). */
  async actions(): Promise<string[]> {
    const rows: { action: string }[] = await this.dataSource.query(
      `WITH RECURSIVE names AS (
         (SELECT action FROM audit_events ORDER BY action LIMIT 1)
         UNION ALL
         SELECT (SELECT e.action FROM audit_events e WHERE e.action > names.action ORDER BY e.action LIMIT 1)
         FROM names WHERE names.action IS NOT NULL
       )
       SELECT action FROM names WHERE action IS NOT NULL`,
    );
    return rows.map((row) => row.action);
  }
}

function toView(row: AuditRow): AuditEventView {
  return {
    id: row.id,
    // Milliseconds are enough to show; the cursor keeps the microseconds.
    at: new Date(row.at_key).toISOString(),
    actor: { userId: row.actor_user_id, label: row.actor_label },
    action: row.action,
    target: row.target_type !== null ? { type: row.target_type, id: row.target_id ?? '' } : null,
    outcome: row.outcome === 'failure' ? 'failure' : 'success',
    ip: row.ip,
    userAgent: row.user_agent,
    details: row.details ?? {},
  };
}
