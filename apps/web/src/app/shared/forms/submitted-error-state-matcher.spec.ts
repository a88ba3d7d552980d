import { FormControl, FormGroup, FormGroupDirective, Validators } from '@angular/forms';

import { submittedErrorStateMatcher } from './submitted-error-state-matcher';

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
