import { RequestException } from './api-exception';

/**
 * Keyset cursors are a JSON array in base64url: the last row's place in the page order.
 * These are the shared ends; each list checks its own fields when decoding.
 */
export function encodeCursorTuple(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The array of `length` values a cursor holds; anything else is a 400 on `cursor`. */
export function decodeCursorTuple(encoded: string, length: number): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== length) throw invalidCursorError();
  return parsed;
}

/** A 400 on `cursor`, worded for someone who edited a URL or kept one from long ago. */
export function invalidCursorError(): RequestException {
  return RequestException.validationFailed([{ field: 'cursor', messages: ['is not a cursor from a previous page; start again from the first page'] }]);
}
