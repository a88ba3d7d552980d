import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialog, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { REPORT_DETAILS_MAX, REPORT_REASONS, ReportReason, ReportTargetType } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';
import { firstValueFrom } from 'rxjs';

import { ModerationApi } from './moderation-api';
import { REASON_LABELS, TARGET_LABELS } from './moderation-words';

export interface ReportDialogData {
  targetType: ReportTargetType;
  targetId: string;
  /** What is being reported, in words, e.g. "Liam Walsh’s post". */
  description: string;
}

/** Report a post, reply, file or profile to its moderators: a reason, optional details, then thanks. */
@Component({
  selector: 'moot-report-dialog',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    ErrorSummary,
  ],
  templateUrl: './report-dialog.html',
  styleUrl: './moderation.scss',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportDialog {
  private readonly api = inject(ModerationApi);
  private readonly injector = inject(Injector);
  private readonly doneHeading = viewChild<ElementRef<HTMLElement>>('doneHeading');

  protected readonly data = inject<ReportDialogData>(MAT_DIALOG_DATA);
  protected readonly what = TARGET_LABELS[this.data.targetType];
  protected readonly reasons = REPORT_REASONS.map((value) => ({ value, ...REASON_LABELS[value] }));
  protected readonly detailsMax = REPORT_DETAILS_MAX;
  protected readonly reason = new FormControl<ReportReason | null>(null, { validators: [Validators.required] });
  protected readonly details = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(REPORT_DETAILS_MAX)] });
  protected readonly form = new FormGroup({ reason: this.reason, details: this.details });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly sending = signal(false);
  protected readonly failed = signal(false);
  protected readonly sent = signal(false);
  /** Mirrors the details' length for the hint without reading the control in the template on every check. */
  protected readonly detailsLength = signal(0);

  constructor() {
    this.details.valueChanges.subscribe((value) => this.detailsLength.set(value.length));
  }

  protected reasonError(): string | null {
    const errors = this.reason.errors;
    if (typeof errors?.['server'] === 'string') return errors['server'];
    return errors?.['required'] ? 'Choose why you are reporting this' : null;
  }

  protected detailsError(): string | null {
    const errors = this.details.errors;
    if (typeof errors?.['server'] === 'string') return errors['server'];
    if (errors?.['required']) return 'Tell us what is wrong';
    if (errors?.['maxlength']) return `Details must be ${REPORT_DETAILS_MAX.toLocaleString('en-GB')} characters or fewer`;
    return null;
  }

  protected async submit(): Promise<void> {
    if (this.sending()) return;
    this.failed.set(false);
    const details = this.details.value.trim();
    // "Something else" says nothing without details.
    this.details.setErrors(null);
    this.details.updateValueAndValidity();
    if (this.reason.value === 'other' && !details) this.details.setErrors({ required: true });
    const problems: FormProblem[] = [];
    const reasonProblem = this.reasonError();
    if (reasonProblem) problems.push({ controlId: `report-reason-${this.reasons[0].value}-input`, message: reasonProblem });
    const detailsProblem = this.detailsError();
    if (detailsProblem) problems.push({ controlId: 'report-details', message: detailsProblem });
    this.problems.set(problems);
    if (problems.length > 0 || !this.reason.value) return;

    this.sending.set(true);
    try {
      await this.api.report({
        targetType: this.data.targetType,
        targetId: this.data.targetId,
        reason: this.reason.value,
        ...(details ? { details } : {}),
      });
      this.sent.set(true);
      afterNextRender(() => this.doneHeading()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) {
        this.problems.set(
          applyApiFieldErrors(fieldErrors, {
            reason: { label: 'Reason', controlId: `report-reason-${this.reasons[0].value}-input`, control: this.reason },
            details: { label: 'Details', controlId: 'report-details', control: this.details },
          }),
        );
      } else {
        this.failed.set(true);
      }
    } finally {
      this.sending.set(false);
    }
  }
}

/** Opens the report dialog; focus returns to the button that opened it. Resolves true when a report was sent. */
export async function openReportDialog(dialog: MatDialog, data: ReportDialogData): Promise<boolean> {
  const ref = dialog.open<ReportDialog, ReportDialogData, boolean>(ReportDialog, {
    data,
    width: '36rem',
    maxWidth: '95vw',
    ariaModal: true,
    autoFocus: 'first-heading',
    restoreFocus: true,
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
