import { PostException } from './post.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The keyset cursor of feeds and reply pages: base64url of `${createdAt ISO}|${id}`.
 * created_at values are written at millisecond precision, so the ISO string round-trips exactly.
 */
export function encodeFeedCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`, 'utf8').toString('base64url');
}

/** The (createdAt, id) a cursor stands for; a tampered or foreign cursor is a 400 INVALID_CURSOR. */
export function decodeFeedCursor(cursor: string): { createdAt: Date; id: string } {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw PostException.invalidCursor();
  const [iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (rest.length > 0 || !id || !UUID.test(id) || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== iso) {
    throw PostException.invalidCursor();
  }
  return { createdAt, id };
}
