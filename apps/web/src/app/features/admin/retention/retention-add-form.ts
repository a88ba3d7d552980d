import { ChangeDetectionStrategy, Component, inject, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { GroupSummary, RetentionPolicy } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

import { RetentionApi } from './retention-api';
import { retentionDaysError, retentionDaysValidators } from './retention-days';

type Target = 'group' | 'profiles';
type GroupSearch = { status: 'idle' } | { status: 'searching' } | { status: 'found'; q: string; groups: GroupSummary[] } | { status: 'failed' };

/** Adds a retention policy: a group (found by name) or posts on profiles, and a maximum age. */
@Component({
  selector: 'moot-retention-add-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, ErrorSummary],
  templateUrl: './retention-add-form.html',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionAddForm {
  private readonly api = inject(RetentionApi);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  readonly added = output<RetentionPolicy>();

  protected readonly target = new FormControl<Target>('group', { nonNullable: true });
  protected readonly groupQuery = new FormControl('', { nonNullable: true });
  protected readonly groupId = new FormControl<string | null>(null);
  protected readonly maxAgeDays = new FormControl<number | null>(null, { validators: retentionDaysValidators });
  protected readonly form = new FormGroup({ target: this.target, groupQuery: this.groupQuery, groupId: this.groupId, maxAgeDays: this.maxAgeDays });
  protected readonly search = signal<GroupSearch>({ status: 'idle' });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  protected readonly failed = signal(false);

  protected async findGroups(): Promise<void> {
    const q = this.groupQuery.value.trim();
    if (!q || this.search().status === 'searching') return;
    this.search.set({ status: 'searching' });
    this.groupId.setValue(null);
    try {
      this.search.set({ status: 'found', q, groups: await this.api.findGroups(q) });
    } catch {
      this.search.set({ status: 'failed' });
    }
  }

  protected groupError(): string | null {
    const errors = this.groupId.errors;
    if (typeof errors?.['server'] === 'string') return errors['server'];
    return errors?.['required'] ? 'Find and choose a group' : null;
  }

  protected daysError(): string | null {
    return retentionDaysError(this.maxAgeDays);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.failed.set(false);
    const forGroup = this.target.value === 'group';
    this.groupId.setValidators(forGroup ? [Validators.required] : []);
    this.groupId.updateValueAndValidity();
    const problems = [
      { controlId: 'retention-group-query', message: forGroup ? this.groupError() : null },
      { controlId: 'retention-days', message: this.daysError() },
    ].flatMap(({ controlId, message }): FormProblem[] => (message ? [{ controlId, message }] : []));
    this.problems.set(problems);
    if (problems.length > 0) return;
    this.saving.set(true);
    try {
      const policy = await this.api.create({ groupId: forGroup ? this.groupId.value : null, maxAgeDays: Number(this.maxAgeDays.value) });
      this.formDirective().resetForm({ target: 'group', groupQuery: '', groupId: null, maxAgeDays: null });
      this.search.set({ status: 'idle' });
      this.added.emit(policy);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) {
        this.problems.set(
          applyApiFieldErrors(fieldErrors, {
            groupId: { label: 'Group', controlId: 'retention-group-query', control: this.groupId },
            maxAgeDays: { label: 'Days', controlId: 'retention-days', control: this.maxAgeDays },
          }),
        );
      } else {
        this.failed.set(true);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
