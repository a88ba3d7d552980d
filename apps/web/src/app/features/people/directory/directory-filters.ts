import { DirectoryQuery } from '@moot/contracts';

export const DIRECTORY_PAGE_SIZE = 20;

export const FILTER_KEYS = ['q', 'skill', 'topic', 'department', 'location'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The directory's search, as it appears in the URL (`/people?skill=GIS%20mapping`). */
export type DirectoryFilters = Record<FilterKey, string>;

export const NO_FILTERS: DirectoryFilters = { q: '', skill: '', topic: '', department: '', location: '' };

export function filtersFrom(values: Partial<Record<FilterKey, string | null | undefined>>): DirectoryFilters {
  const filters = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = (values[key] ?? '').trim();
  return filters;
}

export function isSearching(filters: DirectoryFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}

/** Query parameters for the URL: empty filters are left out, so shared links stay short. */
export function toQueryParams(filters: DirectoryFilters): Partial<DirectoryFilters> {
  const params: Partial<DirectoryFilters> = {};
  for (const key of FILTER_KEYS) if (filters[key]) params[key] = filters[key];
  return params;
}

/** `GET /api/people` parameters for one page of results. */
export function toDirectoryQuery(filters: DirectoryFilters, cursor?: string | null): DirectoryQuery {
  return { ...toQueryParams(filters), ...(cursor ? { cursor } : {}), limit: DIRECTORY_PAGE_SIZE };
}

/** "people who know GIS mapping in Planning", for headings and announcements. */
export function describeSearch(filters: DirectoryFilters, departmentName: string | null): string {
  const parts: string[] = [];
  if (filters.q) parts.push(`matching "${filters.q}"`);
  if (filters.skill) parts.push(`who know ${filters.skill}`);
  if (filters.topic) parts.push(`to ask about ${filters.topic}`);
  if (filters.department) parts.push(`in ${departmentName ?? filters.department}`);
  if (filters.location) parts.push(`based at ${filters.location}`);
  return parts.join(', ');
}
