import { FormControl, FormGroup, FormGroupDirective, Validators } from '@angular/forms';

import { UNKNOWN_DOMAIN_MESSAGE, emailErrorMessage, submittedErrorStateMatcher } from './sign-in-errors';

describe(emailErrorMessage.name, () => {
  it.each([
    [null, null],
    [{ required: true }, 'Enter your work email address'],
    [{ email: true }, 'Enter an email address in the correct format, like name@council.gov.uk'],
    [{ unknownDomain: true }, UNKNOWN_DOMAIN_MESSAGE],
    [{ server: 'Email address is too long' }, 'Email address is too long'],
  ])('turns %p into %p', (errors, message) => {
    expect(emailErrorMessage(errors)).toBe(message);
  });
});

describe('submittedErrorStateMatcher', () => {
  it('shows an invalid field only once the form has been submitted', () => {
    const control = new FormControl('', { validators: Validators.required });
    const form = { submitted: false } as FormGroupDirective;
    control.markAsTouched();

    expect(submittedErrorStateMatcher.isErrorState(control, form)).toBe(false);
    expect(submittedErrorStateMatcher.isErrorState(control, { submitted: true } as FormGroupDirective)).toBe(true);
    expect(submittedErrorStateMatcher.isErrorState(new FormGroup({}), { submitted: true } as FormGroupDirective)).toBe(
      false,
    );
  });
});
