import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../api-exception';

export enum RateLimitErrorCode {
  RateLimited = 'RATE_LIMITED',
}

export class RateLimitException extends ApiException {
  static tooMany(retryAfterSeconds: number): RateLimitException {
    const wait = retryAfterSeconds === 1 ? '1 second' : `${retryAfterSeconds} seconds`;
    return new RateLimitException(
      RateLimitErrorCode.RateLimited,
      `You are doing that too often. Please wait ${wait} and try again.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
