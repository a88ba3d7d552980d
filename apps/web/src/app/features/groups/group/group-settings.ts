import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { AbstractControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { DepartmentWithCount, GroupDetail, PersonSummary } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';

import { GroupsApi } from '../groups-api';
import { apiMessage } from '../shared/api-message';
import { confirmAction } from '../shared/confirm-dialog';
import { FIELD_IDS, controlMessage, fieldTargets, fillForm, groupForm, updateRequest } from '../shared/group-form';
import { GroupFormFields } from '../shared/group-form-fields';
import { PersonPicker } from '../shared/person-picker';

/** Managers change the group's details here; owners also archive it or hand it to someone else. */
@Component({
  selector: 'moot-group-settings',
  imports: [ReactiveFormsModule, MatButton, ErrorSummary, GroupFormFields, PersonPicker],
  templateUrl: './group-settings.html',
  styleUrl: '../groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupSettingsPanel {
  private readonly api = inject(GroupsApi);
  private readonly dialog = inject(MatDialog);

  readonly group = input.required<GroupDetail>();
  readonly updated = output<GroupDetail>();

  protected readonly form = groupForm();
  protected readonly departments = signal<DepartmentWithCount[]>([]);
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal('');
  protected readonly newOwner = signal<PersonSummary | null>(null);
  protected readonly editable = computed(() => !this.group().archived);

  constructor() {
    this.api.departments().then(
      (departments) => this.departments.set(departments),
      () => this.departments.set([]),
    );
    effect(() => {
      const group = this.group();
      untracked(() => {
        fillForm(this.form, group);
        if (group.archived) this.form.disable();
        else this.form.enable();
      });
    });
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.submitted.set(true);
    this.status.set('');
    this.error.set('');
    revalidate(this.form);
    if (this.form.invalid) {
      const message = controlMessage('name', this.form.controls.name.errors);
      this.problems.set(message ? [{ controlId: FIELD_IDS.name, message }] : []);
      return;
    }
    this.problems.set([]);
    this.saving.set(true);
    try {
      const group = await this.api.update(this.group().id, updateRequest(this.form));
      this.status.set('Your changes have been saved.');
      this.updated.emit(group);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) this.problems.set(applyApiFieldErrors(fieldErrors, fieldTargets(this.form)));
      else this.error.set(apiMessage(error, "We couldn't save your changes. Try again in a moment."));
    } finally {
      this.saving.set(false);
    }
  }

  protected async setArchived(archived: boolean): Promise<void> {
    const group = this.group();
    const sure = await confirmAction(this.dialog, archived
      ? {
          title: `Archive ${group.name}?`,
          body: 'Members can still read it, but nobody can post, join or change it until you unarchive it.',
          confirm: 'Archive group',
          danger: true,
        }
      : { title: `Unarchive ${group.name}?`, body: 'Members will be able to post again.', confirm: 'Unarchive group' });
    if (!sure) return;
    await this.run(async () => {
      const updated = await this.api.setArchived(group.id, archived);
      this.status.set(archived ? 'The group has been archived.' : 'The group has been unarchived.');
      this.updated.emit(updated);
    });
  }

  protected async transfer(): Promise<void> {
    const person = this.newOwner();
    if (!person) return;
    const group = this.group();
    const sure = await confirmAction(this.dialog, {
      title: `Make ${person.displayName} the owner of ${group.name}?`,
      body: 'They will be able to archive the group and manage everyone in it. You will stay on as a manager.',
      confirm: 'Transfer ownership',
      danger: true,
    });
    if (!sure) return;
    await this.run(async () => {
      await this.api.transferOwnership(group.id, { userId: person.id });
      const updated = await this.api.get(group.id);
      this.newOwner.set(null);
      this.status.set(`${person.displayName} is now the owner.`);
      this.updated.emit(updated);
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.status.set('');
    this.error.set('');
    try {
      await action();
    } catch (error) {
      this.error.set(apiMessage(error, "We couldn't do that just now. Try again in a moment."));
    } finally {
      this.saving.set(false);
    }
  }
}

function revalidate(control: AbstractControl): void {
  if (control instanceof FormGroup) for (const child of Object.values(control.controls)) revalidate(child);
  control.updateValueAndValidity({ onlySelf: true });
}
