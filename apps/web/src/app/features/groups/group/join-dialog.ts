import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { GroupDetail } from '@moot/contracts';

export type JoinDialogData = Pick<GroupDetail, 'name' | 'type' | 'houseRulesHtml'>;
export interface JoinDialogResult {
  message: string;
}

const MESSAGE_MAX = 500;

/** Shows the group's house rules before someone joins, or asks to join with an optional note. */
@Component({
  selector: 'moot-join-dialog',
  imports: [ReactiveFormsModule, MatButton, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatFormField, MatLabel, MatHint, MatInput, MatCheckbox],
  template: `
    <h2 mat-dialog-title>{{ requesting ? 'Ask to join ' : 'Join ' }}{{ data.name }}</h2>
    <mat-dialog-content>
      @if (requesting) {
        <p>The group's managers will see your request. You can read the posts once they approve it.</p>
      }
      @if (data.houseRulesHtml) {
        <h3 class="moot-heading-s">The group's house rules</h3>
        <div class="moot-prose" [innerHTML]="data.houseRulesHtml"></div>
        <!-- Joining means agreeing to these rules, so the person confirms they have read them. -->
        @if (readRulesError()) {
          <p id="join-read-rules-error" class="moot-error-text" role="alert">Confirm that you have read the group rules</p>
        }
        <mat-checkbox
          id="join-read-rules"
          [formControl]="readRules"
          [attr.aria-describedby]="readRulesError() ? 'join-read-rules-error' : null"
          (change)="readRulesError.set(false)"
          >I have read the group rules</mat-checkbox
        >
      }
      <p>By joining you agree to the group's house rules and the site's house rules.</p>
      @if (requesting) {
        <mat-form-field class="moot-form__field" appearance="outline" floatLabel="always" subscriptSizing="dynamic">
          <mat-label>Message to the managers (optional)</mat-label>
          <textarea matInput id="join-message" rows="3" [formControl]="message"></textarea>
          <mat-hint>For example, why you would like to join. At most {{ max }} characters.</mat-hint>
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions>
      <button mat-flat-button type="button" [disabled]="message.invalid" (click)="confirm()">
        {{ requesting ? 'Send request' : 'Join group' }}
      </button>
      <button mat-stroked-button type="button" [mat-dialog-close]="undefined">Cancel</button>
    </mat-dialog-actions>
  `,
  styles: `
    .moot-form__field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JoinDialog {
  private readonly ref = inject<MatDialogRef<JoinDialog, JoinDialogResult>>(MatDialogRef);
  protected readonly data = inject<JoinDialogData>(MAT_DIALOG_DATA);
  protected readonly requesting = this.data.type !== 'open';
  protected readonly max = MESSAGE_MAX;
  protected readonly message = new FormControl('', { nonNullable: true, validators: Validators.maxLength(MESSAGE_MAX) });

  protected readonly readRules = new FormControl(false, { nonNullable: true });
  protected readonly readRulesError = signal(false);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected confirm(): void {
    if (this.data.houseRulesHtml && !this.readRules.value) {
      this.readRulesError.set(true);
      this.host.nativeElement.querySelector<HTMLInputElement>('#join-read-rules input')?.focus();
      return;
    }
    this.ref.close({ message: this.message.value.trim() });
  }
}
