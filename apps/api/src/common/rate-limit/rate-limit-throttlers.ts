import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ThrottlerOptions } from '@nestjs/throttler';
import type { RequestWithAuth } from '../../auth/auth-context';
import {
  RateLimitPolicy,
  SEARCH_RATE_LIMIT,
  SEARCH_SESSION_THROTTLER,
  SEARCH_USER_THROTTLER,
  SIGN_IN_RATE_LIMIT,
  SIGN_IN_THROTTLER,
  UPLOAD_RATE_LIMIT,
  UPLOADS_THROTTLER,
  WRITES_SESSION_THROTTLER,
  WRITES_USER_THROTTLER,
} from './rate-limit-policy';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const reflector = new Reflector();

function marked(context: ExecutionContext, key: string): boolean {
  return reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]) === true;
}

function requestOf(context: ExecutionContext): RequestWithAuth {
  return context.switchToHttp().getRequest<RequestWithAuth>();
}

/** Express's `req.ip` honours TRUST_PROXY (set on the app), so behind a proxy this is the client. */
function clientIp(request: Partial<RequestWithAuth>): string {
  return `ip:${request.ip ?? 'unknown'}`;
}

/**
 * Per person, not per address: a whole council reaches Moot from one IP. Signed-out writes
 * that are not sign-ins (SCIM) fall back to the client IP.
 */
function userOrIp(request: Record<string, any>): string {
  const auth = (request as Partial<RequestWithAuth>).auth;
  return auth ? `user:${auth.user.id}` : clientIp(request);
}

function session(request: Record<string, any>): string {
  return `session:${(request as Partial<RequestWithAuth>).auth?.session.publicId ?? 'none'}`;
}

const isWrite = (context: ExecutionContext) => WRITE_METHODS.has(requestOf(context).method) && !marked(context, SIGN_IN_RATE_LIMIT);
const signedIn = (context: ExecutionContext) => requestOf(context).auth !== undefined;

/** The throttlers, each with the requests it counts (`skipIf` the rest) and whom it counts against. */
export function rateLimitThrottlers(policy: RateLimitPolicy): ThrottlerOptions[] {
  const ttl = policy.windowMs;
  return [
    { name: WRITES_USER_THROTTLER, limit: policy.writesPerUser, ttl, skipIf: (c) => !isWrite(c), getTracker: userOrIp },
    { name: WRITES_SESSION_THROTTLER, limit: policy.writesPerSession, ttl, skipIf: (c) => !isWrite(c) || !signedIn(c), getTracker: session },
    { name: UPLOADS_THROTTLER, limit: policy.uploadsPerUser, ttl, skipIf: (c) => !marked(c, UPLOAD_RATE_LIMIT), getTracker: userOrIp },
    { name: SIGN_IN_THROTTLER, limit: policy.signInsPerIp, ttl, skipIf: (c) => !marked(c, SIGN_IN_RATE_LIMIT), getTracker: clientIp },
    { name: SEARCH_USER_THROTTLER, limit: policy.searchesPerUser, ttl, skipIf: (c) => !marked(c, SEARCH_RATE_LIMIT), getTracker: userOrIp },
    {
      name: SEARCH_SESSION_THROTTLER,
      limit: policy.searchesPerSession,
      ttl,
      skipIf: (c) => !marked(c, SEARCH_RATE_LIMIT) || !signedIn(c),
      getTracker: session,
    },
  ];
}
