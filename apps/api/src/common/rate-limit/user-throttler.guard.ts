import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import { RateLimitException } from './rate-limit.exception';

/**
 * Applies the named throttlers of {@link rateLimitThrottlers}; each decides itself whether a
 * request counts and whom it counts against. Keys are `<throttler>:<tracker>`, one bucket per
 * tracker across all routes, so spreading requests over endpoints does not multiply a budget.
 */
@Injectable()
export class UserThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http';
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  /** Always 429 with Retry-After (whole seconds) and the API's JSON error body. */
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw RateLimitException.tooMany(retryAfter);
  }
}
