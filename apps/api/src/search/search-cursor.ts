import { RequestException } from '../common/api-exception';

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
  return Buffer.from(JSON.stringify([cursor.asOf.toISOString(), cursor.rank, cursor.key]), 'utf8').toString('base64url');
}

/** Anything we could not have issued is a 400 on `cursor`. */
export function decodeSearchCursor(encoded: string): SearchCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalidCursor();
  const [asOf, rank, key] = parsed as unknown[];
  const instant = typeof asOf === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(asOf) ? new Date(asOf) : null;
  const valid = instant !== null && !Number.isNaN(instant.getTime()) && typeof rank === 'number' && Number.isFinite(rank) && rank >= 0 && typeof key === 'string' && KEY.test(key);
  if (!valid) throw invalidCursor();
  return { asOf: instant, rank: rank as number, key: key as string };
}

function invalidCursor(): RequestException {
  return RequestException.validationFailed([{ field: 'cursor', messages: ['is not a cursor from a previous page; start again from the first page'] }]);
}
