import { SEARCH_KINDS, SEARCH_QUERY_MAX, SearchKind } from '@moot/contracts';

export const SEARCH_PAGE_SIZE = 20;

/** The search as it appears in the URL (`/search?q=frustration&kind=post`); dates are YYYY-MM-DD, both inclusive. */
export interface SearchFilters {
  q: string;
  kind: SearchKind | '';
  groupId: string;
  from: string;
  to: string;
}

export const NO_SEARCH: SearchFilters = { q: '', kind: '', groupId: '', from: '', to: '' };

/** `GET /api/search` parameters. */
export interface SearchQuery {
  q?: string;
  kind?: SearchKind;
  groupId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function searchFrom(values: Partial<Record<keyof SearchFilters, string | null | undefined>>): SearchFilters {
  const kind = (values.kind ?? '').trim();
  const from = (values.from ?? '').trim();
  const to = (values.to ?? '').trim();
  return {
    q: (values.q ?? '').trim().slice(0, SEARCH_QUERY_MAX),
    kind: (SEARCH_KINDS as readonly string[]).includes(kind) ? (kind as SearchKind) : '',
    groupId: (values.groupId ?? '').trim(),
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
  };
}

export function isSearching(filters: SearchFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

export function hasFilters(filters: SearchFilters): boolean {
  return filters.kind !== '' || filters.groupId !== '' || filters.from !== '' || filters.to !== '';
}

/** Query parameters for the URL: empty ones are left out, so shared links stay short. */
export function toQueryParams(filters: SearchFilters): Partial<SearchFilters> {
  const params: Partial<Record<keyof SearchFilters, string>> = {};
  for (const [key, value] of Object.entries(filters) as [keyof SearchFilters, string][]) if (value) params[key] = value;
  return params as Partial<SearchFilters>;
}

/** One page of results; "to" is inclusive on screen, so the API gets the start of the next day. */
export function toSearchQuery(filters: SearchFilters, cursor?: string | null): SearchQuery {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.groupId ? { groupId: filters.groupId } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: nextDay(filters.to) } : {}),
    ...(cursor ? { cursor } : {}),
    limit: SEARCH_PAGE_SIZE,
  };
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** What each kind of result is, in words. */
export const KIND_NAMES: Record<SearchKind, string> = {
  post: 'Post',
  reply: 'Reply',
  person: 'Person',
  group: 'Group',
  topic: 'Topic',
  attachment: 'File',
};

/** The type filter's choices. */
export const KIND_CHOICES: readonly { value: SearchKind; label: string }[] = [
  { value: 'post', label: 'Posts' },
  { value: 'reply', label: 'Replies' },
  { value: 'person', label: 'People' },
  { value: 'group', label: 'Groups' },
  { value: 'topic', label: 'Topics' },
  { value: 'attachment', label: 'Files' },
];
