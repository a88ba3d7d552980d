import { decodeCursorTuple, encodeCursorTuple, invalidCursorError } from '../common/cursor-tuple';

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
  return encodeCursorTuple([cursor.rank, cursor.name, cursor.id]);
}

/** Decodes a cursor from a previous page; anything that we could not have issued is a 400 on `cursor`. */
export function decodeDirectoryCursor(encoded: string): DirectoryCursor {
  const [rank, name, id] = decodeCursorTuple(encoded, 3);
  const valid =
    Number.isInteger(rank) && (rank as number) >= 0 && (rank as number) <= MAX_RANK &&
    typeof name === 'string' && name.length <= MAX_NAME_LENGTH &&
    typeof id === 'string' && UUID.test(id);
  if (!valid) throw invalidCursorError();
  return { rank: rank as number, name: name as string, id: id as string };
}
