import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { ReportTargetType } from '@moot/contracts';

import { openReportDialog } from './report-dialog';

/** "Report" for a post, reply, file or profile; the hidden words say what, for screen-reader users scanning buttons. */
@Component({
  selector: 'moot-report-button',
  imports: [MatButton],
  template: `
    <button mat-button type="button" (click)="open()">
      Report<span class="moot-visually-hidden"> {{ description() }}</span>
    </button>
  `,
  styles: `
    :host {
      display: inline-block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportButton {
  private readonly dialog = inject(MatDialog);

  readonly targetType = input.required<ReportTargetType>();
  readonly targetId = input.required<string>();
  /** E.g. "Liam Walsh’s post". */
  readonly description = input.required<string>();

  protected open(): void {
    void openReportDialog(this.dialog, { targetType: this.targetType(), targetId: this.targetId(), description: this.description() });
  }
}
