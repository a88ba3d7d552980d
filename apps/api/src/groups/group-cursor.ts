import { GroupException } from './group.exception';

/**
 * Opaque keyset cursors: the sort key of the last row seen, as base64url JSON. A cursor that
 * does not decode to the expected shape is a 400 on `cursor`, never a 500.
 */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends (string | number)[]>(cursor: string | undefined, shape: ('string' | 'number')[]): T | null {
  if (!cursor) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const valid = Array.isArray(key) && key.length === shape.length && key.every((part, index) => typeof part === shape[index]);
  if (!valid) throw GroupException.invalid('cursor', 'is not a cursor this list gave out');
  return key as T;
}
