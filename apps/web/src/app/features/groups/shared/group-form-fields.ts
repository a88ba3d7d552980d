import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, untracked } from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { ErrorStateMatcher, MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { DepartmentWithCount } from '@moot/contracts';

import { GROUP_TYPES, slugify } from '../group-words';
import { GroupForm, controlMessage } from './group-form';

/**
 * The fields of a group. Errors show once the parent form has been submitted (`submitted`),
 * or at once when the API put one on a field.
 */
@Component({
  selector: 'moot-group-form-fields',
  imports: [
    ReactiveFormsModule,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
  ],
  templateUrl: './group-form-fields.html',
  styleUrl: '../groups.scss',
  providers: [
    {
      provide: ErrorStateMatcher,
      useFactory: () => {
        const fields = inject(GroupFormFields);
        return { isErrorState: (control: AbstractControl | null) => !!(control?.invalid && fields.submitted()) };
      },
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupFormFields {
  readonly form = input.required<GroupForm>();
  readonly departments = input.required<DepartmentWithCount[]>();
  readonly submitted = input(false);
  /** The web address is chosen once, when the group is created. */
  readonly withSlug = input(true);

  protected readonly types = GROUP_TYPES;
  protected readonly controls = computed(() => this.form().controls);
  /** The slug follows the name until someone edits it by hand. */
  private slugEdited = false;

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect(() => {
      const form = this.form();
      untracked(() => {
        const subscription = form.controls.name.valueChanges.subscribe((name) => {
          if (!this.slugEdited && this.withSlug()) form.controls.slug.setValue(slugify(name));
        });
        destroyRef.onDestroy(() => subscription.unsubscribe());
      });
    });
  }

  protected slugTyped(): void {
    this.slugEdited = this.form().controls.slug.value !== '';
  }

  protected message(field: 'name' | 'slug', errors: Record<string, unknown> | null): string | null {
    return controlMessage(field, errors);
  }

  protected serverError(errors: Record<string, unknown> | null): string | null {
    return typeof errors?.['server'] === 'string' ? errors['server'] : null;
  }
}
