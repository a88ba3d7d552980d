import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { AbstractControl, FormArray, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { IdentityProviderResponse } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

import {
  ATTRIBUTE_FIELDS,
  controlMessage,
  createRequest,
  fieldTargets,
  fillForm,
  identityProviderForm,
  updateRequest,
} from './identity-provider-form';
import { IdentityProvidersApi } from './identity-providers-api';

type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'not-found' } | { status: 'failed' };

const CLIENT_FIELDS = ['slug', 'displayName', 'metadataXml'] as const;

/** Adds an identity provider from its metadata, or changes one (`:id/edit`). */
@Component({
  selector: 'moot-identity-provider-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSlideToggle,
    ErrorSummary,
  ],
  templateUrl: './identity-provider-form-page.html',
  styleUrl: './identity-providers.scss',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdentityProviderFormPage {
  private readonly api = inject(IdentityProvidersApi);
  private readonly router = inject(Router);

  /** Route parameter on `:id/edit`; absent when adding. */
  readonly id = input<string | undefined>();

  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly form = identityProviderForm();
  protected readonly attributeFields = ATTRIBUTE_FIELDS;
  protected readonly loadState = signal<LoadState>({ status: 'ready' });
  protected readonly current = signal<IdentityProviderResponse | null>(null);
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  protected readonly saveFailed = signal(false);
  protected readonly fileStatus = signal('');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        const metadata = this.form.controls.metadataXml;
        metadata.setValidators(id === undefined ? [Validators.required] : []);
        metadata.updateValueAndValidity();
        if (id !== undefined) void this.load(id);
      });
    });
  }

  protected message(field: string, errors: Record<string, unknown> | null): string | null {
    return controlMessage(field, errors);
  }

  protected retry(): void {
    const id = this.id();
    if (id !== undefined) void this.load(id);
  }

  /** Reads an uploaded metadata file into the text area, where it can be checked before saving. */
  protected readMetadataFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      this.form.controls.metadataXml.setValue(String(reader.result ?? ''));
      this.fileStatus.set(`Read ${file.name} into the metadata box.`);
    };
    reader.onerror = () => this.fileStatus.set(`We couldn't read ${file.name}. Paste the XML instead.`);
    reader.readAsText(file);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.saveFailed.set(false);
    revalidate(this.form);
    if (this.form.invalid) {
      this.problems.set(this.clientProblems());
      return;
    }
    this.problems.set([]);
    this.saving.set(true);
    try {
      const id = this.id();
      const saved =
        id === undefined
          ? await this.api.create(createRequest(this.form))
          : await this.api.update(id, updateRequest(this.form));
      await this.router.navigate(['/admin/identity-providers', saved.id], {
        queryParams: { saved: id === undefined ? 'added' : 'changed' },
      });
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) this.problems.set(applyApiFieldErrors(fieldErrors, fieldTargets(this.form)));
      else this.saveFailed.set(true);
    } finally {
      this.saving.set(false);
    }
  }

  private clientProblems(): FormProblem[] {
    const targets = fieldTargets(this.form);
    return CLIENT_FIELDS.flatMap((field) => {
      const message = controlMessage(field, targets[field].control.errors);
      return message ? [{ controlId: targets[field].controlId, message }] : [];
    });
  }

  private async load(id: string): Promise<void> {
    this.loadState.set({ status: 'loading' });
    try {
      const idp = await this.api.get(id);
      this.current.set(idp);
      fillForm(this.form, idp);
      this.loadState.set({ status: 'ready' });
    } catch (error) {
      const notFound = error instanceof HttpErrorResponse && error.status === 404;
      this.loadState.set({ status: notFound ? 'not-found' : 'failed' });
    }
  }
}

/** Runs the form's own validators again, dropping errors the API put on fields earlier. */
function revalidate(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    for (const child of Object.values(control.controls)) revalidate(child);
  }
  control.updateValueAndValidity({ onlySelf: true });
}
