import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { IssuedScimToken, ScimTokenSummary } from '@moot/contracts';
import { CopyButton } from '@moot/web/shared/copy-button/copy-button';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { focusAfterRender } from '@moot/web/shared/focus/focus-after-render';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

import { ScimTokensApi } from './scim-tokens-api';

type ListState = { status: 'loading' } | { status: 'loaded'; tokens: ScimTokenSummary[] } | { status: 'failed' };

const NAME_MAX = 100;

/** Issue a SCIM bearer token (shown once), see which are in use, and revoke them. */
@Component({
  selector: 'moot-scim-tokens-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatTableModule,
    CopyButton,
    ErrorSummary,
  ],
  templateUrl: './scim-tokens-page.html',
  styleUrl: './scim-tokens-page.scss',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScimTokensPage {
  private readonly api = inject(ScimTokensApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly focusAfterRender = focusAfterRender(this.injector);
  private readonly issuedHeading = viewChild<ElementRef<HTMLElement>>('issuedHeading');
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  private readonly issueForm = viewChild.required(FormGroupDirective);

  protected readonly scimBaseUrl = `${this.document.location.origin}/scim/v2`;
  protected readonly columns = ['name', 'prefix', 'created', 'lastUsed', 'status', 'actions'];
  protected readonly state = signal<ListState>({ status: 'loading' });
  protected readonly name = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(NAME_MAX)],
  });
  protected readonly form = new FormGroup({ name: this.name });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly issuing = signal(false);
  protected readonly issueFailed = signal(false);
  /** The new token, held only until the admin says they have copied it. */
  protected readonly issued = signal<IssuedScimToken | null>(null);
  protected readonly confirmingRevoke = signal<ScimTokenSummary | null>(null);
  protected readonly revoking = signal(false);
  protected readonly revokeFailed = signal(false);
  protected readonly revokedName = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected nameError(): string | null {
    const errors = this.name.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return 'Enter a name for the token';
    if (errors['maxlength']) return `Name must be ${NAME_MAX} characters or fewer`;
    return null;
  }

  protected retry(): void {
    void this.load();
  }

  protected async issue(): Promise<void> {
    if (this.issuing()) return;
    this.issueFailed.set(false);
    this.revokedName.set(null);
    this.name.setValue(this.name.value.trim());
    const problem = this.nameError();
    if (problem) {
      this.problems.set([{ controlId: 'token-name', message: problem }]);
      return;
    }
    this.problems.set([]);
    this.issuing.set(true);
    try {
      this.issued.set(await this.api.issue({ name: this.name.value }));
      this.issueForm().resetForm();
      afterNextRender(() => this.issuedHeading()?.nativeElement.focus(), { injector: this.injector });
      void this.load();
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) {
        this.problems.set(
          applyApiFieldErrors(fieldErrors, { name: { label: 'Name', controlId: 'token-name', control: this.name } }),
        );
      } else {
        this.issueFailed.set(true);
      }
    } finally {
      this.issuing.set(false);
    }
  }

  /** Forgets the token: it cannot be shown again. */
  protected dismissIssued(): void {
    this.issued.set(null);
  }

  protected askToRevoke(token: ScimTokenSummary): void {
    this.revokeFailed.set(false);
    this.revokedName.set(null);
    this.confirmingRevoke.set(token);
    afterNextRender(() => this.confirmHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelRevoke(): void {
    const token = this.confirmingRevoke();
    this.confirmingRevoke.set(null);
    if (token) this.focusAfterRender(`revoke-${token.id}`);
  }

  protected async confirmRevoke(): Promise<void> {
    const token = this.confirmingRevoke();
    if (!token || this.revoking()) return;
    this.revoking.set(true);
    this.revokeFailed.set(false);
    try {
      await this.api.revoke(token.id);
      this.done(token);
    } catch (error) {
      // Already gone is what the admin wanted.
      if (error instanceof HttpErrorResponse && error.status === 404) this.done(token);
      else this.revokeFailed.set(true);
    } finally {
      this.revoking.set(false);
    }
  }

  private done(token: ScimTokenSummary): void {
    this.confirmingRevoke.set(null);
    this.revokedName.set(token.name);
    this.focusAfterRender('tokens-title');
    void this.load();
  }

  private async load(): Promise<void> {
    if (this.state().status !== 'loaded') this.state.set({ status: 'loading' });
    try {
      this.state.set({ status: 'loaded', tokens: await this.api.list() });
    } catch {
      this.state.set({ status: 'failed' });
    }
  }
}
