import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorBody } from '@moot/contracts';
import { readableMessage } from '@moot/web/shared/forms/form-problems';

/**
 * The API's own words for a 4xx, or the fallback. With `label`, its first field message is used
 * ("name must be…" becomes "Skill name must be…"); without, its sentence-long `message`.
 */
export function apiMessage(error: unknown, fallback: string, label?: string): string {
  if (!(error instanceof HttpErrorResponse) || error.status < 400 || error.status >= 500) return fallback;
  const body = error.error as Partial<ApiErrorBody> | null;
  const fieldError = body?.errors?.[0];
  if (label && fieldError?.messages[0]) return readableMessage(label, fieldError.field, fieldError.messages[0]);
  return typeof body?.message === 'string' && body.message ? body.message : fallback;
}
