import { RequestException } from '../common/api-exception';

/**
 * Where an audit page ended in `ORDER BY at DESC, id DESC`. `at` is kept as PostgreSQL's text
 * with microseconds: a JavaScript Date would cut it to milliseconds and skip or repeat rows.
 */
export interface AuditCursor {
  at: string;
  id: string;
}

const AT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const ID = /^[1-9]\d{0,18}$/;

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id]), 'utf8').toString('base64url');
}

/** Anything we could not have issued is a 400 on `cursor`. */
export function decodeAuditCursor(encoded: string): AuditCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalidCursor();
  const [at, id] = parsed as unknown[];
  if (typeof at !== 'string' || !AT.test(at) || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !ID.test(id)) throw invalidCursor();
  return { at, id };
}

function invalidCursor(): RequestException {
  return RequestException.validationFailed([{ field: 'cursor', messages: ['is not a cursor from a previous page; start again from the first page'] }]);
}
