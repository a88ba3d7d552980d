import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { BulkAddReport, BulkAddRequest, DepartmentWithCount, GroupDetail } from '@moot/contracts';

import { countOf } from '../group-words';
import { GroupsApi } from '../groups-api';
import { apiMessage } from '../shared/api-message';

export interface BulkAddDialogData {
  group: GroupDetail;
}

/** Adds many people at once: check the list first (who will be added, who is already in, who was not found), then add. */
@Component({
  selector: 'moot-bulk-add-dialog',
  imports: [
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
  ],
  templateUrl: './bulk-add-dialog.html',
  styles: `
    .moot-stack {
      display: flex;
      flex-direction: column;
      margin-bottom: 1rem;
    }
    .moot-wide {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkAddDialog {
  private readonly api = inject(GroupsApi);
  private readonly ref = inject<MatDialogRef<BulkAddDialog, number>>(MatDialogRef);
  protected readonly data = inject<BulkAddDialogData>(MAT_DIALOG_DATA);

  protected readonly mode = signal<'emails' | 'department'>('emails');
  protected readonly emails = signal('');
  protected readonly departmentId = signal<string | null>(null);
  protected readonly departments = signal<DepartmentWithCount[]>([]);
  protected readonly report = signal<BulkAddReport | null>(null);
  protected readonly working = signal(false);
  protected readonly error = signal('');
  protected readonly ready = computed(() => (this.mode() === 'emails' ? this.emails().trim() !== '' : !!this.departmentId()));
  protected readonly addLabel = computed(() => `Add ${countOf(this.report()?.toAdd.length ?? 0, 'person', 'people')}`);

  constructor() {
    this.api.departments().then(
      (departments) => this.departments.set(departments),
      () => this.departments.set([]),
    );
  }

  protected setMode(mode: 'emails' | 'department'): void {
    this.mode.set(mode);
    this.report.set(null);
  }

  protected typed(event: Event): void {
    this.emails.set((event.target as HTMLTextAreaElement).value);
    this.report.set(null);
  }

  protected chooseDepartment(id: string): void {
    this.departmentId.set(id);
    this.report.set(null);
  }

  protected async preview(): Promise<void> {
    await this.run(true);
  }

  protected async apply(): Promise<void> {
    await this.run(false);
  }

  protected change(): void {
    this.report.set(null);
  }

  private async run(preview: boolean): Promise<void> {
    if (this.working()) return;
    const body: BulkAddRequest =
      this.mode() === 'emails'
        ? { emails: this.emails(), preview }
        : { departmentId: this.departmentId() ?? undefined, preview };
    this.working.set(true);
    this.error.set('');
    try {
      const report = await this.api.bulkAdd(this.data.group.id, body);
      if (preview) this.report.set(report);
      else this.ref.close(report.toAdd.length);
    } catch (error) {
      this.error.set(apiMessage(error, "We couldn't check that list. Try again in a moment."));
    } finally {
      this.working.set(false);
    }
  }
}
