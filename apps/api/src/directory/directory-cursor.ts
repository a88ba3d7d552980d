import { RequestException } from '../common/api-exception';

/** Where a directory page ended: the last row's place in `ORDER BY rank, lower(display_name), id`. */
export interface DirectoryCursor {
  rank: number;
  name: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RANK = 3;
const MAX_NAME_LENGTH = 120;

export function encodeDirectoryCursor(cursor: DirectoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.name, cursor.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor from a previous page; anything that we could not have issued is a 400 on `cursor`. */
export function decodeDirectoryCursor(encoded: string): DirectoryCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalidCursor();
  const [rank, name, id] = parsed as unknown[];
  const valid =
    Number.isInteger(rank) && (rank as number) >= 0 && (rank as number) <= MAX_RANK &&
    typeof name === 'string' && name.length <= MAX_NAME_LENGTH &&
    typeof id === 'string' && UUID.test(id);
  if (!valid) throw invalidCursor();
  return { rank: rank as number, name: name as string, id: id as string };
}

function invalidCursor(): RequestException {
  return RequestException.validationFailed([{ field: 'cursor', messages: ['is not a cursor from a previous page; start again from the first page'] }]);
}
