import { HttpStatus } from '@nestjs/common';
import type { FieldError } from '@moot/contracts';

/** Any concrete feature exception: they all inherit {@link ApiException}'s constructor. */
type ApiExceptionClass<T extends ApiException> = new (code: string, message: string, status: HttpStatus, fieldErrors?: FieldError[]) => T;

/** One field with one message, the commonest field-error list. */
export function fieldError(field: string, message: string): FieldError[] {
  return [{ field, messages: [message] }];
}

/** "title is required; body is too long": each field followed by its messages. */
export function describeFieldErrors(errors: FieldError[]): string {
  return errors.map((error) => `${error.field} ${error.messages.join(' ')}`).join('; ');
}

/**
 * Base of every feature's own error type. Each feature defines a code enum and a subclass
 * (e.g. `GroupException`); {@link ApiExceptionFilter} maps them to HTTP in one place.
 *
 * The protected factories fix the status (and the shared wording of field errors and cursors),
 * so a feature's class only names its codes and says what went wrong. They build an instance of
 * the class they are called on, so call them as `GroupException.notFoundError(…)`.
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

  protected static badRequestError<T extends ApiException>(this: ApiExceptionClass<T>, code: string, message: string, fieldErrors?: FieldError[]): T {
    return new this(code, message, HttpStatus.BAD_REQUEST, fieldErrors);
  }

  protected static forbiddenError<T extends ApiException>(this: ApiExceptionClass<T>, code: string, message: string, fieldErrors?: FieldError[]): T {
    return new this(code, message, HttpStatus.FORBIDDEN, fieldErrors);
  }

  protected static notFoundError<T extends ApiException>(this: ApiExceptionClass<T>, code: string, message: string, fieldErrors?: FieldError[]): T {
    return new this(code, message, HttpStatus.NOT_FOUND, fieldErrors);
  }

  protected static conflictError<T extends ApiException>(this: ApiExceptionClass<T>, code: string, message: string, fieldErrors?: FieldError[]): T {
    return new this(code, message, HttpStatus.CONFLICT, fieldErrors);
  }

  /** 400 "Some fields are not valid: title is required; body is too long." */
  protected static invalidFieldsError<T extends ApiException>(this: ApiExceptionClass<T>, code: string, errors: FieldError[]): T {
    return new this(code, `Some fields are not valid: ${describeFieldErrors(errors)}.`, HttpStatus.BAD_REQUEST, errors);
  }

  /** 400 "Some fields are not valid: title, body." (names only; the messages are in the field errors). */
  protected static invalidFieldNamesError<T extends ApiException>(this: ApiExceptionClass<T>, code: string, errors: FieldError[]): T {
    const fields = errors.map((error) => error.field).join(', ');
    return new this(code, `Some fields are not valid: ${fields}.`, HttpStatus.BAD_REQUEST, errors);
  }

  /** 400 for a page cursor this server did not issue (or that no longer parses). */
  protected static invalidCursorError<T extends ApiException>(this: ApiExceptionClass<T>, code: string): T {
    return new this(code, 'The cursor is not valid: start again from the first page.', HttpStatus.BAD_REQUEST, fieldError('cursor', 'is not a cursor this server issued'));
  }
}

export enum RequestErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedBody = 'MALFORMED_BODY',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
}

export class RequestException extends ApiException {
  static validationFailed(errors: FieldError[]): RequestException {
    return RequestException.invalidFieldNamesError(RequestErrorCode.ValidationFailed, errors);
  }

  static malformedBody(detail: string): RequestException {
    return RequestException.badRequestError(RequestErrorCode.MalformedBody, `The request body is not valid JSON: ${detail}`);
  }

  static payloadTooLarge(limit: string): RequestException {
    return new RequestException(RequestErrorCode.PayloadTooLarge, `The request body is larger than ${limit}.`, HttpStatus.PAYLOAD_TOO_LARGE);
  }
}
