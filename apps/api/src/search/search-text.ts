import { SEARCH_QUERY_MAX } from '@moot/contracts';

/** What the SQL needs from what was typed: the web-search text and, while typing, a prefix lexeme. */
export interface SearchText {
  /** Cleaned query for `websearch_to_tsquery('english', …)`. */
  text: string;
  /** The last word reduced to letters and digits, to match as a prefix (`:*`); null when none. */
  prefix: string | null;
}

const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;
const MIN_PREFIX = 2;

/**
 * Trims, removes control characters, collapses whitespace and cuts to {@link SEARCH_QUERY_MAX}
 * characters (never splitting an emoji). Null when nothing searchable is left.
 */
export function parseSearchText(raw: string | undefined): SearchText | null {
  const cleaned = (raw ?? '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const text = Array.from(cleaned).slice(0, SEARCH_QUERY_MAX).join('').trim();
  if (text === '') return null;
  return { text, prefix: prefixOf(text) };
}

/** An excluded (-word), quoted ("…") or operator (OR) last word is not a prefix to complete. */
function prefixOf(text: string): string | null {
  const words = text.split(' ');
  const last = words[words.length - 1];
  if (last.startsWith('-') || last.endsWith('"') || last === 'OR' || (text.split('"').length - 1) % 2 === 1) return null;
  const lexeme = last.replace(NOT_ALNUM, '').toLowerCase();
  return lexeme.length >= MIN_PREFIX ? lexeme : null;
}
