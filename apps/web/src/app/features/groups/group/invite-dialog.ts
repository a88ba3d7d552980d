import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { DepartmentWithCount, GroupDetail, InviteRequest, PersonSummary } from '@moot/contracts';

import { countOf } from '../group-words';
import { GroupsApi } from '../groups-api';
import { apiMessage } from '../shared/api-message';
import { PersonPicker } from '../shared/person-picker';

export interface InviteDialogData {
  group: GroupDetail;
}

/** Invite chosen colleagues, or everyone in a department; closes with a sentence saying what happened. */
@Component({
  selector: 'moot-invite-dialog',
  imports: [
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    PersonPicker,
  ],
  template: `
    <h2 mat-dialog-title>Invite people to {{ data.group.name }}</h2>
    <mat-dialog-content>
      <p id="invite-mode-label" class="moot-heading-s">Who to invite</p>
      <mat-radio-group class="moot-stack" aria-labelledby="invite-mode-label" [value]="mode()" (change)="mode.set($event.value)">
        <mat-radio-button value="people">Colleagues I choose</mat-radio-button>
        <mat-radio-button value="department">Everyone in a department</mat-radio-button>
      </mat-radio-group>

      @if (mode() === 'people') {
        <moot-person-picker
          label="Find a colleague"
          inputId="invite-person"
          actionLabel="Add"
          [excludeIds]="chosenIds()"
          (picked)="add($event)"
        />
        <h3 class="moot-heading-s">Chosen ({{ chosen().length }})</h3>
        @if (chosen().length > 0) {
          <ul class="moot-plain-list">
            @for (person of chosen(); track person.id) {
              <li>
                {{ person.displayName }}
                <button mat-button type="button" (click)="drop(person)">
                  Remove<span class="moot-visually-hidden"> {{ person.displayName }}</span>
                </button>
              </li>
            }
          </ul>
        } @else {
          <p class="moot-hint">Nobody chosen yet.</p>
        }
      } @else {
        <mat-form-field appearance="outline" floatLabel="always" subscriptSizing="dynamic">
          <mat-label>Department</mat-label>
          <mat-select id="invite-department" [value]="departmentId()" (selectionChange)="departmentId.set($event.value)">
            @for (department of departments(); track department.id) {
              <mat-option [value]="department.id">{{ department.name }} ({{ department.peopleCount }})</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      @if (error()) {
        <p class="moot-error-text" role="alert">{{ error() }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions>
      <button mat-flat-button type="button" [disabled]="!ready() || sending()" (click)="send()">Send invitations</button>
      <button mat-stroked-button type="button" [mat-dialog-close]="undefined">Cancel</button>
    </mat-dialog-actions>
  `,
  styles: `
    .moot-stack {
      display: flex;
      flex-direction: column;
      margin-bottom: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteDialog {
  private readonly api = inject(GroupsApi);
  private readonly ref = inject<MatDialogRef<InviteDialog, string>>(MatDialogRef);
  protected readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);

  protected readonly mode = signal<'people' | 'department'>('people');
  protected readonly chosen = signal<PersonSummary[]>([]);
  protected readonly chosenIds = computed(() => this.chosen().map((person) => person.id));
  protected readonly departments = signal<DepartmentWithCount[]>([]);
  protected readonly departmentId = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly error = signal('');
  protected readonly ready = computed(() => (this.mode() === 'people' ? this.chosen().length > 0 : !!this.departmentId()));

  constructor() {
    this.api.departments().then(
      (departments) => this.departments.set(departments),
      () => this.departments.set([]),
    );
  }

  protected add(person: PersonSummary): void {
    this.chosen.update((chosen) => [...chosen, person]);
  }

  protected drop(person: PersonSummary): void {
    this.chosen.update((chosen) => chosen.filter((candidate) => candidate.id !== person.id));
  }

  protected async send(): Promise<void> {
    const body: InviteRequest =
      this.mode() === 'people' ? { userIds: this.chosenIds() } : { departmentId: this.departmentId() ?? undefined };
    this.sending.set(true);
    this.error.set('');
    try {
      const { invited, alreadyMembers } = await this.api.invite(this.data.group.id, body);
      const already = alreadyMembers > 0 ? ` ${countOf(alreadyMembers, 'person was', 'people were')} already a member.` : '';
      this.ref.close(`${countOf(invited, 'person', 'people')} invited.${already}`);
    } catch (error) {
      this.error.set(apiMessage(error, "We couldn't send the invitations. Try again in a moment."));
    } finally {
      this.sending.set(false);
    }
  }
}
