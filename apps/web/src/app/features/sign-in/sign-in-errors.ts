import { AbstractControl, FormGroupDirective, NgForm, ValidationErrors } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';

export const UNKNOWN_DOMAIN_MESSAGE = "We don't recognise that email domain. Choose your organisation below.";

/** One plain-English message per problem, in the order people should fix them. */
export function emailErrorMessage(errors: ValidationErrors | null): string | null {
  if (!errors) return null;
  if (errors['required']) return 'Enter your work email address';
  if (errors['email']) return 'Enter an email address in the correct format, like name@council.gov.uk';
  if (errors['unknownDomain']) return UNKNOWN_DOMAIN_MESSAGE;
  if (typeof errors['server'] === 'string') return errors['server'];
  return null;
}

/** Show field errors after a submit attempt, not while someone is still tabbing through. */
export const submittedErrorStateMatcher: ErrorStateMatcher = {
  isErrorState: (control: AbstractControl | null, form: FormGroupDirective | NgForm | null) =>
    !!(control?.invalid && form?.submitted),
};
