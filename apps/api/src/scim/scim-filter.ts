import { ScimException } from './scim.exception';

/** The one filter form Moot answers: `<attribute> eq "<value>"` (what Entra ID and Okta send). */
export interface ScimEqualityFilter {
  /** As the client wrote it; compare case-insensitively (SCIM attribute names are). */
  attribute: string;
  value: string;
}

const MAX_FILTER_LENGTH = 1000;
const EQUALITY = /^\s*([A-Za-z][\w:.-]*)\s+eq\s+("(?:[^"\\]|\\.)*")\s*$/i;
const OTHER_OPERATORS = /\s(ne|co|sw|ew|pr|gt|ge|lt|le|and|or|not)[\s(]/i;

/**
 * Parses an RFC 7644 §3.4.2.2 filter, accepting only single equality comparisons on the
 * attributes the caller lists; anything else is an `invalidFilter` 400, never a query.
 */
export function parseScimFilter(raw: unknown, attributes: readonly string[]): ScimEqualityFilter | null {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw ScimException.invalidFilter('filter must be given once, as a string.');
  if (raw.length > MAX_FILTER_LENGTH) throw ScimException.invalidFilter(`filter must be at most ${MAX_FILTER_LENGTH} characters.`);
  const parsed = parseEqualityFilter(raw);
  const attribute = attributes.find((name) => name.toLowerCase() === parsed.attribute.toLowerCase());
  if (!attribute) throw ScimException.invalidFilter(`Filtering on "${parsed.attribute}" is not supported; use one of: ${attributes.join(', ')}.`);
  return { attribute, value: parsed.value };
}

/** `<attribute> eq "<value>"` on any attribute name (also used inside PATCH paths). */
export function parseEqualityFilter(raw: string): ScimEqualityFilter {
  const match = EQUALITY.exec(raw);
  if (!match) {
    const operator = OTHER_OPERATORS.exec(` ${raw} `)?.[1];
    const detail = operator
      ? `The filter operator "${operator}" is not supported; use <attribute> eq "<value>".`
      : 'The filter must look like <attribute> eq "<value>".';
    throw ScimException.invalidFilter(detail);
  }
  let value: unknown;
  try {
    value = JSON.parse(match[2]);
  } catch {
    throw ScimException.invalidFilter('The filter value is not a valid quoted string.');
  }
  return { attribute: match[1], value: value as string };
}
