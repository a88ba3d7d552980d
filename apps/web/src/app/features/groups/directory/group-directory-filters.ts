import { GroupType } from '@moot/contracts';

import { GroupDirectoryQuery } from '../groups-api';

export const GROUP_PAGE_SIZE = 20;

/** The directory's search as it appears in the URL (`/groups?type=closed&mine=1`). */
export interface GroupFilters {
  q: string;
  type: GroupType | '';
  /** Department slug. */
  department: string;
  mine: boolean;
}

export const NO_GROUP_FILTERS: GroupFilters = { q: '', type: '', department: '', mine: false };

const TYPES: readonly string[] = ['open', 'closed', 'secret'];

export function groupFiltersFrom(values: {
  q?: string | null;
  type?: string | null;
  department?: string | null;
  mine?: string | boolean | null;
}): GroupFilters {
  const type = (values.type ?? '').trim();
  return {
    q: (values.q ?? '').trim(),
    type: TYPES.includes(type) ? (type as GroupType) : '',
    department: (values.department ?? '').trim(),
    mine: values.mine === true || values.mine === '1' || values.mine === 'true',
  };
}

/** Query parameters for the URL; empty filters are left out so shared links stay short. */
export function groupQueryParams(filters: GroupFilters): Record<string, string | null> {
  return {
    q: filters.q || null,
    type: filters.type || null,
    department: filters.department || null,
    mine: filters.mine ? '1' : null,
  };
}

export function toGroupDirectoryQuery(filters: GroupFilters, cursor?: string): GroupDirectoryQuery {
  return { ...filters, cursor, limit: GROUP_PAGE_SIZE };
}

export function isFiltering(filters: GroupFilters): boolean {
  return filters.q !== '' || filters.type !== '' || filters.department !== '' || filters.mine;
}
