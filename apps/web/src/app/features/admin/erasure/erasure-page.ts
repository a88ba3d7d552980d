import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { ErasureCandidate, ErasureContentChoice, ErasurePreview, ErasureResult } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { focusAfterRender } from '@moot/web/shared/focus/focus-after-render';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

import { ErasureApi } from './erasure-api';

export const REASON_MAX = 500;

type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'found'; q: string; people: ErasureCandidate[] }
  | { status: 'failed' };

type ChosenState = { status: 'none' } | { status: 'loading' } | { status: 'loaded'; preview: ErasurePreview } | { status: 'failed' };

/**
 * Erase a person's personal data at their request: find them, see what each choice would do,
 * type their email to confirm, give the reason. The result says what was removed.
 */
@Component({
  selector: 'moot-erasure-page',
  imports: [DatePipe, ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, ErrorSummary],
  templateUrl: './erasure-page.html',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErasurePage {
  private readonly api = inject(ErasureApi);
  private readonly focusAfterRender = focusAfterRender();

  protected readonly reasonMax = REASON_MAX;
  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly searchForm = new FormGroup({ q: this.query });
  protected readonly search = signal<SearchState>({ status: 'idle' });
  protected readonly chosen = signal<ChosenState>({ status: 'none' });

  protected readonly content = new FormControl<ErasureContentChoice | null>(null, { validators: [Validators.required] });
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(REASON_MAX)] });
  protected readonly confirmEmail = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly form = new FormGroup({ content: this.content, reason: this.reason, confirmEmail: this.confirmEmail });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly erasing = signal(false);
  protected readonly eraseFailed = signal<string | null>(null);
  protected readonly result = signal<ErasureResult | null>(null);

  protected async find(): Promise<void> {
    const q = this.query.value.trim();
    // The API needs two characters; one would match half the council anyway.
    if (q.length < 2 || this.search().status === 'searching') return;
    this.search.set({ status: 'searching' });
    try {
      this.search.set({ status: 'found', q, people: await this.api.findPeople(q) });
    } catch {
      this.search.set({ status: 'failed' });
    }
  }

  protected async choose(person: ErasureCandidate): Promise<void> {
    this.result.set(null);
    this.problems.set([]);
    this.eraseFailed.set(null);
    this.form.reset({ content: null, reason: '', confirmEmail: '' });
    this.chosen.set({ status: 'loading' });
    try {
      this.chosen.set({ status: 'loaded', preview: await this.api.preview(person.id) });
      this.focusAfterRender('erasure-person-title');
    } catch {
      this.chosen.set({ status: 'failed' });
    }
  }

  protected startAgain(): void {
    this.chosen.set({ status: 'none' });
    this.result.set(null);
    this.focusAfterRender('erasure-search');
  }

  protected contentError(): string | null {
    const errors = this.content.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    return errors['required'] ? 'Choose what happens to their posts and replies' : null;
  }

  protected reasonError(): string | null {
    const errors = this.reason.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return 'Enter the reason, for example the reference of their erasure request';
    if (errors['maxlength']) return `Reason must be ${REASON_MAX} characters or fewer`;
    return null;
  }

  protected confirmEmailError(): string | null {
    const errors = this.confirmEmail.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return 'Enter their email address to confirm';
    if (errors['mismatch']) return "The email address does not match this person's";
    return null;
  }

  protected async erase(preview: ErasurePreview): Promise<void> {
    if (this.erasing()) return;
    this.eraseFailed.set(null);
    this.reason.setValue(this.reason.value.trim());
    this.confirmEmail.setValue(this.confirmEmail.value.trim());
    if (this.confirmEmail.value && this.confirmEmail.value.toLowerCase() !== preview.person.email.toLowerCase()) {
      this.confirmEmail.setErrors({ mismatch: true });
    }
    const problems = [
      { controlId: 'erasure-content-keep', message: this.contentError() },
      { controlId: 'erasure-reason', message: this.reasonError() },
      { controlId: 'erasure-confirm-email', message: this.confirmEmailError() },
    ].flatMap(({ controlId, message }): FormProblem[] => (message ? [{ controlId, message }] : []));
    this.problems.set(problems);
    if (problems.length > 0) return;
    this.erasing.set(true);
    try {
      const result = await this.api.erase(preview.person.id, { content: this.content.value!, reason: this.reason.value, confirmEmail: this.confirmEmail.value });
      this.result.set(result);
      this.chosen.set({ status: 'none' });
      this.search.set({ status: 'idle' });
      this.query.setValue('');
      this.focusAfterRender('erasure-result-title');
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors && !(error instanceof HttpErrorResponse && error.status === 409)) {
        this.problems.set(
          applyApiFieldErrors(fieldErrors, {
            content: { label: 'What happens to their content', controlId: 'erasure-content-keep', control: this.content },
            reason: { label: 'Reason', controlId: 'erasure-reason', control: this.reason },
            confirmEmail: { label: 'Email address', controlId: 'erasure-confirm-email', control: this.confirmEmail },
          }),
        );
      } else {
        this.eraseFailed.set(messageOf(error));
      }
    } finally {
      this.erasing.set(false);
    }
  }
}

function messageOf(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 409) return "This person's data has already been erased.";
    if (error.status === 403 || error.status === 404) return (error.error as { message?: string } | null)?.message ?? 'You cannot erase this person.';
  }
  return "We couldn't erase this person's data. Try again in a moment.";
}
