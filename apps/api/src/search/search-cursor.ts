import { decodeCursorTuple, encodeCursorTuple, invalidCursorError } from '../common/cursor-tuple';

/**
 * Where a search page ended, in `ORDER BY rank DESC, key`. Ranks decay with age, so the cursor
 * also carries the instant the first page was ranked at: later pages rank as of then.
 */
export interface SearchCursor {
  asOf: Date;
  rank: number;
  key: string;
}

const KEY = /^(post|reply|person|group|attachment):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^topic:[a-z0-9-]{1,50}$/;

export function encodeSearchCursor(cursor: SearchCursor): string {
  return encodeCursorTuple([cursor.asOf.toISOString(), cursor.rank, cursor.key]);
}

/** Anything we could not have issued is a 400 on `cursor`. */
export function decodeSearchCursor(encoded: string): SearchCursor {
  const [asOf, rank, key] = decodeCursorTuple(encoded, 3);
  const instant = typeof asOf === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(asOf) ? new Date(asOf) : null;
  const valid = instant !== null && !Number.isNaN(instant.getTime()) && typeof rank === 'number' && Number.isFinite(rank) && rank >= 0 && typeof key === 'string' && KEY.test(key);
  if (!valid) throw invalidCursorError();
  return { asOf: instant, rank: rank as number, key: key as string };
}
