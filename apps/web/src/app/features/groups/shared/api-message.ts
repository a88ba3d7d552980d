import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorBody } from '@moot/contracts';

/**
 * The API's own sentence for a refusal people can act on (403, 409, e.g. "A group needs at least
 * one owner…"); otherwise the fallback.
 */
export function apiMessage(error: unknown, fallback: string): string {
  if (error instanceof HttpErrorResponse && [400, 403, 409].includes(error.status)) {
    const body = error.error as Partial<ApiErrorBody> | null;
    if (typeof body?.message === 'string' && body.message) return body.message;
  }
  return fallback;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 404;
}
