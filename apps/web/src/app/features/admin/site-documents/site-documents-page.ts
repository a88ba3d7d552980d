import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { CHANGE_SUMMARY_MAX, SITE_DOCUMENT_KINDS, SITE_DOCUMENT_MAX, SiteDocumentKind, SiteDocumentVersion } from '@moot/contracts';
import { SiteDocumentsApi } from '@moot/web/core/house-rules/site-documents-api';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

type HistoryState = { status: 'loading' } | { status: 'loaded'; items: SiteDocumentVersion[] } | { status: 'failed' };

export const DOCUMENT_NAMES: Record<SiteDocumentKind, string> = {
  house_rules: 'House rules',
  moderation_policy: 'Moderation policy',
};

/**
 * Admins write the house rules and the moderation policy in markdown, preview them as the
 * server renders them, and publish new versions. A material change to the house rules asks
 * everyone to accept them again.
 */
@Component({
  selector: 'moot-site-documents-page',
  imports: [DatePipe, ReactiveFormsModule, RouterLink, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, ErrorSummary],
  templateUrl: './site-documents-page.html',
  styles: `
    .doc-switch {
      display: flex;
      gap: 1.5rem;
      padding: 0;
      list-style: none;
    }
    .doc-form__field {
      width: 100%;
      max-width: 48rem;
    }
    .doc-form__material {
      margin: 1rem 0;
    }
    .doc-preview {
      max-width: 48rem;
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant, #ccc);
    }
    .doc-history {
      padding-left: 1.25rem;
    }
  `,
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteDocumentsPage {
  private readonly api = inject(SiteDocumentsApi);

  /** `?kind=moderation_policy`; the house rules otherwise. */
  readonly kindParam = input<string | undefined>(undefined, { alias: 'kind' });
  protected readonly kind = computed<SiteDocumentKind>(() => (this.kindParam() === 'moderation_policy' ? 'moderation_policy' : 'house_rules'));
  protected readonly names = DOCUMENT_NAMES;
  protected readonly kinds = SITE_DOCUMENT_KINDS;
  protected readonly summaryMax = CHANGE_SUMMARY_MAX;

  protected readonly body = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(SITE_DOCUMENT_MAX)] });
  protected readonly material = new FormControl(false, { nonNullable: true });
  protected readonly changeSummary = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(CHANGE_SUMMARY_MAX)] });
  protected readonly form = new FormGroup({ body: this.body, material: this.material, changeSummary: this.changeSummary });

  protected readonly history = signal<HistoryState>({ status: 'loading' });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly previewHtml = signal<string | null>(null);
  protected readonly busy = signal<'preview' | 'publish' | null>(null);
  protected readonly announcement = signal('');
  protected readonly failure = signal<string | null>(null);

  constructor() {
    effect(() => void this.load(this.kind()));
  }

  protected bodyError(): string | null {
    const errors = this.body.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return 'Enter the text of the document';
    if (errors['maxlength']) return `The document must be ${SITE_DOCUMENT_MAX.toLocaleString('en-GB')} characters or fewer`;
    return null;
  }

  protected summaryError(): string | null {
    const errors = this.changeSummary.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['maxlength']) return `The summary of changes must be ${CHANGE_SUMMARY_MAX} characters or fewer`;
    return null;
  }

  protected async preview(): Promise<void> {
    if (this.busy()) return;
    this.busy.set('preview');
    this.failure.set(null);
    try {
      this.previewHtml.set((await this.api.preview(this.body.value)).html);
      this.announcement.set('Preview updated.');
    } catch {
      this.failure.set("We couldn't show a preview just now. Try again in a moment.");
    } finally {
      this.busy.set(null);
    }
  }

  protected async publish(): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    this.announcement.set('');
    const problems: FormProblem[] = [];
    const bodyError = this.bodyError();
    const summaryError = this.summaryError();
    if (bodyError) problems.push({ controlId: 'doc-body', message: bodyError });
    if (summaryError) problems.push({ controlId: 'doc-summary', message: summaryError });
    this.problems.set(problems);
    if (problems.length > 0) return;
    this.busy.set('publish');
    const kind = this.kind();
    try {
      const published = await this.api.publish(kind, {
        body: this.body.value,
        material: this.material.value,
        ...(this.changeSummary.value.trim() ? { changeSummary: this.changeSummary.value.trim() } : {}),
      });
      this.material.setValue(false);
      this.changeSummary.setValue('');
      this.announcement.set(
        `Version ${published.version} of the ${this.names[kind].toLowerCase()} is published.` +
          (kind === 'house_rules' && published.material ? ' Everyone will be asked to accept it before they post.' : ''),
      );
      void this.load(kind, false);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) {
        this.problems.set(
          applyApiFieldErrors(fieldErrors, {
            body: { label: 'Document', controlId: 'doc-body', control: this.body },
            changeSummary: { label: 'Summary of changes', controlId: 'doc-summary', control: this.changeSummary },
          }),
        );
      } else {
        this.failure.set("We couldn't publish that just now. Your text is still here: try again in a moment.");
      }
    } finally {
      this.busy.set(null);
    }
  }

  /** Loads the history; the editor starts from the current version's markdown. */
  private async load(kind: SiteDocumentKind, fillEditor = true): Promise<void> {
    this.history.set({ status: 'loading' });
    if (fillEditor) {
      this.previewHtml.set(null);
      this.problems.set([]);
    }
    try {
      const { items } = await this.api.history(kind);
      this.history.set({ status: 'loaded', items });
      if (fillEditor) this.form.reset({ body: items[0]?.body ?? '', material: false, changeSummary: '' });
    } catch {
      this.history.set({ status: 'failed' });
    }
  }

  protected retry(): void {
    void this.load(this.kind());
  }
}
