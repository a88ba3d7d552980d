import { HttpStatus } from '@nestjs/common';
import type { FieldError } from '@moot/contracts';

/**
 * Base of every feature's own error type. Each feature defines a code enum and a subclass
 * (e.g. `GroupException`); {@link ApiExceptionFilter} maps them to HTTP in one place.
 */
export abstract class ApiException extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: HttpStatus,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export enum RequestErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedBody = 'MALFORMED_BODY',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
}

export class RequestException extends ApiException {
  static validationFailed(errors: FieldError[]): RequestException {
    const fields = errors.map((error) => error.field).join(', ');
    return new RequestException(RequestErrorCode.ValidationFailed, `Some fields are not valid: ${fields}.`, HttpStatus.BAD_REQUEST, errors);
  }

  static malformedBody(detail: string): RequestException {
    return new RequestException(RequestErrorCode.MalformedBody, `The request body is not valid JSON: ${detail}`, HttpStatus.BAD_REQUEST);
  }

  static payloadTooLarge(limit: string): RequestException {
    return new RequestException(RequestErrorCode.PayloadTooLarge, `The request body is larger than ${limit}.`, HttpStatus.PAYLOAD_TOO_LARGE);
  }
}
