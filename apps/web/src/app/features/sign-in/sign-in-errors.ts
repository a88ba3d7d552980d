import { ValidationErrors } from '@angular/forms';

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
