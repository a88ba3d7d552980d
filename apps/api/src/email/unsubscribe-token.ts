import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_TYPES, type NotificationType } from '@moot/contracts';

/** What one unsubscribe link may do: switch one type of notification to in-app for one person. */
export interface UnsubscribeClaim {
  userId: string;
  type: NotificationType;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// The purpose is part of the MAC so a signature made for anything else with the same key never verifies here.
function mac(secret: Buffer, payload: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest();
}

/** `base64url(userId.type.expiry).base64url(HMAC-SHA256)`. */
export function signUnsubscribeToken(secret: Buffer, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(`${claim.userId}.${claim.type}.${claim.expiresAt}`).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The claim, or null when the token is malformed, tampered with or expired. */
export function verifyUnsubscribeToken(secret: Buffer, token: string, now: Date = new Date()): UnsubscribeClaim | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, type, expiry, rest] = Buffer.from(payload, 'base64url').toString('utf8').split('.');
  if (rest !== undefined || !UUID.test(userId ?? '') || !(NOTIFICATION_TYPES as readonly string[]).includes(type ?? '') || !/^\d+$/.test(expiry ?? '')) return null;
  const expiresAt = Number(expiry);
  if (expiresAt * 1000 <= now.getTime()) return null;
  return { userId, type: type as NotificationType, expiresAt };
}
