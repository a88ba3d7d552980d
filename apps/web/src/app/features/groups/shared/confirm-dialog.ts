import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

export interface ConfirmDialogData {
  title: string;
  body: string;
  confirm: string;
  cancel?: string;
  /** Destructive actions get the red button. */
  danger?: boolean;
}

/** A yes/no question in an accessible modal: focus moves in, stays in, and returns to the button that opened it. */
@Component({
  selector: 'moot-confirm-dialog',
  imports: [MatButton, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.body }}</p>
    </mat-dialog-content>
    <mat-dialog-actions>
      <button mat-flat-button type="button" [class.moot-danger]="data.danger" [mat-dialog-close]="true">
        {{ data.confirm }}
      </button>
      <button mat-stroked-button type="button" [mat-dialog-close]="false">
        {{ data.cancel ?? 'Cancel' }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens a confirmation and resolves true only when the person chose to go ahead. */
export async function confirmAction(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
    data,
    width: '32rem',
    maxWidth: '95vw',
    ariaModal: true,
    autoFocus: 'first-heading',
    restoreFocus: true,
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
