import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl } from '@angular/forms';
import { ApiErrorBody, FieldError } from '@moot/contracts';

/** One problem to list in the error summary; `controlId` is the element to move focus to. */
export interface FormProblem {
  controlId: string | null;
  message: string;
}

/** How an API field path (e.g. `attributeMapping.email`) maps to a form field on screen. */
export interface FieldTarget {
  label: string;
  controlId: string;
  control: AbstractControl;
}

/** The API's field errors from a 400 or 409 answer, or null when the error is of another kind. */
export function apiFieldErrors(error: unknown): FieldError[] | null {
  if (!(error instanceof HttpErrorResponse) || (error.status !== 400 && error.status !== 409)) return null;
  const body = error.error as Partial<ApiErrorBody> | null;
  return Array.isArray(body?.errors) && body.errors.length > 0 ? body.errors : null;
}

/**
 * Puts the API's field errors on the matching controls (as `{ server: message }`) and returns
 * them as summary problems. Fields the form does not show (`emailDomains.3` goes to
 * `emailDomains`) are listed in the summary without a link.
 */
export function applyApiFieldErrors(errors: FieldError[], targets: Record<string, FieldTarget>): FormProblem[] {
  return errors.map(({ field, messages }) => {
    const target = targets[field] ?? targets[field.split('.')[0]];
    const message = readableMessage(target?.label ?? field, field, messages[0] ?? 'is not valid');
    if (target) target.control.setErrors({ server: message });
    return { controlId: target?.controlId ?? null, message };
  });
}

/**
 * Starts an API message with the field's label: "slug must be…" and "must be…" both become
 * "Slug must be…"; a message that is already a sentence is left as it is.
 */
export function readableMessage(label: string, field: string, message: string): string {
  const property = field.split('.').pop() ?? field;
  for (const prefix of [field, property]) {
    if (message.startsWith(`${prefix} `)) return `${label} ${message.slice(prefix.length + 1)}`;
  }
  if (/^(must|is|are|should|cannot|has|each) /.test(message)) return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}
