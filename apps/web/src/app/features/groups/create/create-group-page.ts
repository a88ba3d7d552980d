import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { DepartmentWithCount } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';

import { GroupsApi } from '../groups-api';
import { FIELD_IDS, controlMessage, createRequest, fieldTargets, groupForm } from '../shared/group-form';
import { GroupFormFields } from '../shared/group-form-fields';

/** Start a group: name, web address, type, what it is for, and who it brings together. */
@Component({
  selector: 'moot-create-group-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, ErrorSummary, GroupFormFields],
  templateUrl: './create-group-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateGroupPage {
  private readonly api = inject(GroupsApi);
  private readonly router = inject(Router);

  protected readonly form = groupForm();
  protected readonly departments = signal<DepartmentWithCount[]>([]);
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly failure = signal<'forbidden' | 'failed' | null>(null);

  constructor() {
    void this.loadDepartments();
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.submitted.set(true);
    this.failure.set(null);
    revalidate(this.form);
    if (this.form.invalid) {
      this.problems.set(this.clientProblems());
      return;
    }
    this.problems.set([]);
    this.saving.set(true);
    try {
      const group = await this.api.create(createRequest(this.form));
      await this.router.navigate(['/groups', group.slug], { queryParams: { created: 1 } });
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) this.problems.set(applyApiFieldErrors(fieldErrors, fieldTargets(this.form)));
      else this.failure.set(error instanceof HttpErrorResponse && error.status === 403 ? 'forbidden' : 'failed');
    } finally {
      this.saving.set(false);
    }
  }

  private clientProblems(): FormProblem[] {
    return (['name', 'slug'] as const).flatMap((field) => {
      const message = controlMessage(field, this.form.controls[field].errors);
      return message ? [{ controlId: FIELD_IDS[field], message }] : [];
    });
  }

  private async loadDepartments(): Promise<void> {
    try {
      this.departments.set(await this.api.departments());
    } catch {
      // The departments list is optional: the group can be created without it.
    }
  }
}

/** Runs the form's own validators again, dropping errors the API put on fields earlier. */
function revalidate(control: AbstractControl): void {
  if (control instanceof FormGroup) for (const child of Object.values(control.controls)) revalidate(child);
  control.updateValueAndValidity({ onlySelf: true });
}
