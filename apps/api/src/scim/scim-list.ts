import { SCHEMA_LIST_RESPONSE, SCIM_DEFAULT_COUNT, SCIM_MAX_RESULTS } from './scim.constants';
import { ScimException } from './scim.exception';

/** A page in SCIM's 1-based index terms, already clamped (RFC 7644 §3.4.2.4). */
export interface ScimPage {
  startIndex: number;
  count: number;
}

export interface ScimListResponse<T> {
  schemas: [typeof SCHEMA_LIST_RESPONSE];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: T[];
}

function integerParam(name: string, raw: unknown): number | null {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string' || !/^-?\d{1,9}$/.test(raw.trim())) throw ScimException.invalidValue(`${name} must be an integer.`);
  return Number(raw.trim());
}

/** startIndex below 1 counts as 1; count is clamped to 0..maxResults, as the RFC asks. */
export function parseScimPage(startIndex: unknown, count: unknown): ScimPage {
  const start = integerParam('startIndex', startIndex) ?? 1;
  const size = integerParam('count', count) ?? SCIM_DEFAULT_COUNT;
  return { startIndex: Math.max(1, start), count: Math.min(SCIM_MAX_RESULTS, Math.max(0, size)) };
}

export function toListResponse<T>(resources: T[], totalResults: number, page: ScimPage): ScimListResponse<T> {
  return { schemas: [SCHEMA_LIST_RESPONSE], totalResults, startIndex: page.startIndex, itemsPerPage: resources.length, Resources: resources };
}

/** `excludedAttributes=members,meta` as lower-cased names. */
export function excludedAttributesOf(raw: unknown): Set<string> {
  if (typeof raw !== 'string') return new Set();
  return new Set(raw.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean));
}
