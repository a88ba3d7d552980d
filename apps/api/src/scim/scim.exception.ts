import { HttpStatus } from '@nestjs/common';

/** RFC 7644 §3.12 `scimType` values Moot uses. */
export enum ScimErrorType {
  InvalidFilter = 'invalidFilter',
  InvalidSyntax = 'invalidSyntax',
  InvalidPath = 'invalidPath',
  InvalidValue = 'invalidValue',
  NoTarget = 'noTarget',
  Mutability = 'mutability',
  Uniqueness = 'uniqueness',
}

/**
 * SCIM's own error: {@link ScimExceptionFilter} turns it into an RFC 7644 error body, never
 * the app's JSON error shape (SCIM clients such as Entra ID parse `scimType` and `detail`).
 */
export class ScimException extends Error {
  constructor(
    readonly status: HttpStatus,
    message: string,
    readonly scimType?: ScimErrorType,
  ) {
    super(message);
    this.name = 'ScimException';
  }

  static unauthorized(detail = 'A valid SCIM bearer token is required.'): ScimException {
    return new ScimException(HttpStatus.UNAUTHORIZED, detail);
  }

  static notFound(resource: 'User' | 'Group', id: string): ScimException {
    return new ScimException(HttpStatus.NOT_FOUND, `${resource} ${id} not found.`);
  }

  static invalidFilter(detail: string): ScimException {
    return new ScimException(HttpStatus.BAD_REQUEST, detail, ScimErrorType.InvalidFilter);
  }

  static invalidSyntax(detail: string): ScimException {
    return new ScimException(HttpStatus.BAD_REQUEST, detail, ScimErrorType.InvalidSyntax);
  }

  static invalidPath(detail: string): ScimException {
    return new ScimException(HttpStatus.BAD_REQUEST, detail, ScimErrorType.InvalidPath);
  }

  static invalidValue(detail: string): ScimException {
    return new ScimException(HttpStatus.BAD_REQUEST, detail, ScimErrorType.InvalidValue);
  }

  static noTarget(detail: string): ScimException {
    return new ScimException(HttpStatus.BAD_REQUEST, detail, ScimErrorType.NoTarget);
  }

  static mutability(detail: string): ScimException {
    return new ScimException(HttpStatus.BAD_REQUEST, detail, ScimErrorType.Mutability);
  }

  static uniqueness(detail: string): ScimException {
    return new ScimException(HttpStatus.CONFLICT, detail, ScimErrorType.Uniqueness);
  }
}
