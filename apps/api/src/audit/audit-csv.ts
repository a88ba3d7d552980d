import type { AuditEventView } from '@moot/contracts';

export const AUDIT_CSV_HEADER = ['id', 'at', 'actor_user_id', 'actor', 'action', 'target_type', 'target_id', 'outcome', 'ip', 'user_agent', 'details'];

/**
 * One CSV cell. Spreadsheets run cells starting with = + - @ (and tab or carriage return) as
 * formulas, so those get a leading apostrophe: an attacker-chosen display name or user agent
 * in the log must not become a formula on an admin's machine.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: (string | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function auditCsvRow(event: AuditEventView): string {
  return csvRow([
    event.id,
    event.at,
    event.actor.userId,
    event.actor.label,
    event.action,
    event.target?.type ?? null,
    event.target?.id ?? null,
    event.outcome,
    event.ip,
    event.userAgent,
    JSON.stringify(event.details),
  ]);
}
