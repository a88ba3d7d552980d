import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import type { RequestWithAuth } from '../../auth/auth-context';
import { RateLimitException } from './rate-limit.exception';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Limits writes per person, not per address: a whole council reaches Moot from one IP.
 * Signed-out writes (sign-in, SAML ACS, SCIM) fall back to the client IP. One bucket per
 * person across all routes, so spreading writes over endpoints does not multiply the budget.
 */
@Injectable()
export class UserThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    return !WRITE_METHODS.has(context.switchToHttp().getRequest<RequestWithAuth>().method);
  }

  protected override async getTracker(request: Record<string, any>): Promise<string> {
    const auth = (request as Partial<RequestWithAuth>).auth;
    return auth ? `user:${auth.user.id}` : `ip:${await super.getTracker(request)}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw RateLimitException.tooMany(retryAfter);
  }
}
