import { AbstractControl, FormGroupDirective, NgForm } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';

/** Show field errors after a submit attempt, not while someone is still tabbing through. */
export const submittedErrorStateMatcher: ErrorStateMatcher = {
  isErrorState: (control: AbstractControl | null, form: FormGroupDirective | NgForm | null) =>
    !!(control?.invalid && form?.submitted),
};
