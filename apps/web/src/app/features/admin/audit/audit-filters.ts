/** The audit search as it appears in the URL (`/admin/audit?q=…&outcome=failure`); dates are YYYY-MM-DD, both inclusive. */
export interface AuditFilters {
  q: string;
  action: string;
  outcome: '' | 'success' | 'failure';
  from: string;
  to: string;
  /** Set only by links (e.g. "everything this person did"); shown as a notice, not in the form. */
  actorId: string;
  targetType: string;
  targetId: string;
}

export type AuditFilterValues = Partial<Record<keyof AuditFilters, string | null | undefined>>;

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_QUERY_MAX = 200;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z0-9_.]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TARGET_TYPE = /^[a-z0-9_]{1,40}$/;

/** Cleans values from the URL or the form: anything the API would refuse is dropped. */
export function auditFiltersFrom(values: AuditFilterValues): AuditFilters {
  const text = (key: keyof AuditFilters) => (values[key] ?? '').trim();
  const outcome = text('outcome');
  return {
    q: text('q').slice(0, AUDIT_QUERY_MAX),
    action: ACTION.test(text('action')) ? text('action') : '',
    outcome: outcome === 'success' || outcome === 'failure' ? outcome : '',
    from: DATE.test(text('from')) ? text('from') : '',
    to: DATE.test(text('to')) ? text('to') : '',
    actorId: UUID.test(text('actorId')) ? text('actorId') : '',
    targetType: TARGET_TYPE.test(text('targetType')) ? text('targetType') : '',
    targetId: text('targetId').slice(0, 256),
  };
}

export function hasAnyFilter(filters: AuditFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

/** Query parameters for the URL: empty ones are left out, so shared links stay short. */
export function toQueryParams(filters: AuditFilters): Partial<AuditFilters> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')) as Partial<AuditFilters>;
}

/**
 * Parameters for `/api/admin/audit` and `/api/admin/audit.csv`. Dates are days in the admin's
 * own time zone: "from" is the start of that day, "to" the start of the day after (the API's
 * `to` is exclusive), both as instants.
 */
export function toApiParams(filters: AuditFilters, cursor?: string | null): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ['q', 'action', 'outcome', 'actorId', 'targetType', 'targetId'] as const) if (filters[key]) params[key] = filters[key];
  if (filters.from) params['from'] = startOfLocalDay(filters.from, 0);
  if (filters.to) params['to'] = startOfLocalDay(filters.to, 1);
  if (cursor) params['cursor'] = cursor;
  return params;
}

export function csvUrl(filters: AuditFilters): string {
  const query = new URLSearchParams(toApiParams(filters)).toString();
  return `/api/admin/audit.csv${query ? `?${query}` : ''}`;
}

/** The "to" date is before the "from" date (both inclusive days). */
export function rangeIsBackwards(filters: Pick<AuditFilters, 'from' | 'to'>): boolean {
  return filters.from !== '' && filters.to !== '' && filters.to < filters.from;
}

function startOfLocalDay(date: string, addDays: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day + addDays).toISOString();
}
