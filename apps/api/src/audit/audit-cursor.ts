import { decodeCursorTuple, encodeCursorTuple, invalidCursorError } from '../common/cursor-tuple';

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
  return encodeCursorTuple([cursor.at, cursor.id]);
}

/** Anything we could not have issued is a 400 on `cursor`. */
export function decodeAuditCursor(encoded: string): AuditCursor {
  const [at, id] = decodeCursorTuple(encoded, 2);
  if (typeof at !== 'string' || !AT.test(at) || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !ID.test(id)) throw invalidCursorError();
  return { at, id };
}
