import { NotificationException } from './notification.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** updated_at as PostgreSQL prints a timestamptz (ISO DateStyle), microseconds kept. */
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/**
 * The keyset cursor of the bell: base64url of `${updated_at as text}|${id}`. The text form keeps
 * PostgreSQL's microseconds, which a JavaScript Date would round away (skipping rows).
 */
export function encodeNotificationCursor(updatedAtText: string, id: string): string {
  return Buffer.from(`${updatedAtText}|${id}`, 'utf8').toString('base64url');
}

export function decodeNotificationCursor(cursor: string): { updatedAt: string; id: string } {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw NotificationException.invalidCursor();
  const [updatedAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !updatedAt || !id || !UUID.test(id) || !PG_TIMESTAMP.test(updatedAt)) throw NotificationException.invalidCursor();
  return { updatedAt, id };
}
