import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { RetentionPolicy } from '@moot/contracts';
import { focusAfterRender } from '@moot/web/shared/focus/focus-after-render';
import { apiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

import { RetentionAddForm } from './retention-add-form';
import { RetentionApi } from './retention-api';
import { describeDays, retentionDaysError, retentionDaysValidators } from './retention-days';

type ListState = { status: 'loading' } | { status: 'loaded'; policies: RetentionPolicy[] } | { status: 'failed' };

export const whereOf = (policy: RetentionPolicy): string => policy.group?.name ?? "Posts on people's profiles";
/** For sentences: "posts in Planning team", "posts on people's profiles". */
export const postsWhere = (policy: RetentionPolicy): string => (policy.group ? `posts in ${policy.group.name}` : "posts on people's profiles");

/** Retention policies: list, add per group, preview what the next run deletes, change, delete. */
@Component({
  selector: 'moot-retention-page',
  imports: [DatePipe, ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, RetentionAddForm],
  templateUrl: './retention-page.html',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionPage {
  private readonly api = inject(RetentionApi);
  private readonly focusAfterRender = focusAfterRender();

  protected readonly whereOf = whereOf;
  protected readonly describeDays = describeDays;
  protected readonly state = signal<ListState>({ status: 'loading' });
  /** The latest outcome, read out by the status region. */
  protected readonly message = signal<string | null>(null);
  protected readonly actionFailed = signal<string | null>(null);

  protected readonly editing = signal<RetentionPolicy | null>(null);
  protected readonly editDays = new FormControl<number | null>(null, { validators: retentionDaysValidators });
  protected readonly editForm = new FormGroup({ maxAgeDays: this.editDays });
  protected readonly saving = signal(false);

  protected readonly confirmingDelete = signal<RetentionPolicy | null>(null);
  protected readonly deleting = signal(false);

  constructor() {
    void this.load();
  }

  protected retry(): void {
    void this.load();
  }

  protected added(policy: RetentionPolicy): void {
    this.message.set(`Added: ${postsWhere(policy)} older than ${describeDays(policy.maxAgeDays)} will be deleted each night.`);
    this.focusAfterRender('retention-policies-title');
    void this.load();
  }

  protected async preview(policy: RetentionPolicy): Promise<void> {
    this.actionFailed.set(null);
    this.message.set(null);
    try {
      const preview = await this.api.preview(policy.id);
      const count = `${preview.postsToDelete.toLocaleString('en-GB')} ${preview.postsToDelete === 1 ? 'post' : 'posts'}`;
      const oldest = preview.oldestPostAt ? `, the oldest from ${new Date(preview.oldestPostAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })}` : '';
      this.message.set(`${whereOf(policy)}: the next run would delete ${count}${oldest}. Pinned posts are kept.`);
    } catch {
      this.actionFailed.set(`We couldn't check ${whereOf(policy)}. Try again in a moment.`);
    }
  }

  protected startEdit(policy: RetentionPolicy): void {
    this.confirmingDelete.set(null);
    this.editForm.reset({ maxAgeDays: policy.maxAgeDays });
    this.editing.set(policy);
    this.focusAfterRender('retention-edit-days');
  }

  protected cancelEdit(): void {
    const policy = this.editing();
    this.editing.set(null);
    if (policy) this.focusAfterRender(`retention-edit-${policy.id}`);
  }

  protected editError(): string | null {
    return retentionDaysError(this.editDays);
  }

  protected async saveEdit(policy: RetentionPolicy): Promise<void> {
    if (this.saving()) return;
    this.actionFailed.set(null);
    if (this.editError()) {
      this.focusAfterRender('retention-edit-days');
      return;
    }
    this.saving.set(true);
    try {
      const saved = await this.api.update(policy.id, { maxAgeDays: Number(this.editDays.value) });
      this.editing.set(null);
      this.message.set(`Changed: ${postsWhere(saved)} older than ${describeDays(saved.maxAgeDays)} will be deleted.`);
      this.focusAfterRender('retention-policies-title');
      void this.load();
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) this.editDays.setErrors({ server: `Days ${fieldErrors[0].messages[0]}` });
      else this.actionFailed.set(`We couldn't change ${whereOf(policy)}. Try again in a moment.`);
    } finally {
      this.saving.set(false);
    }
  }

  protected askToDelete(policy: RetentionPolicy): void {
    this.editing.set(null);
    this.confirmingDelete.set(policy);
    this.focusAfterRender('retention-delete-title');
  }

  protected cancelDelete(): void {
    const policy = this.confirmingDelete();
    this.confirmingDelete.set(null);
    if (policy) this.focusAfterRender(`retention-delete-${policy.id}`);
  }

  protected async confirmDelete(): Promise<void> {
    const policy = this.confirmingDelete();
    if (!policy || this.deleting()) return;
    this.deleting.set(true);
    this.actionFailed.set(null);
    try {
      await this.api.delete(policy.id);
      this.deleted(policy);
    } catch (error) {
      // Already gone is what the admin wanted.
      if (error instanceof HttpErrorResponse && error.status === 404) this.deleted(policy);
      else this.actionFailed.set(`We couldn't delete the policy for ${whereOf(policy)}. Try again in a moment.`);
    } finally {
      this.deleting.set(false);
    }
  }

  private deleted(policy: RetentionPolicy): void {
    this.confirmingDelete.set(null);
    this.message.set(`Deleted the policy for ${whereOf(policy)}. No more posts will be deleted under it.`);
    this.focusAfterRender('retention-policies-title');
    void this.load();
  }

  private async load(): Promise<void> {
    if (this.state().status !== 'loaded') this.state.set({ status: 'loading' });
    try {
      this.state.set({ status: 'loaded', policies: await this.api.list() });
    } catch {
      this.state.set({ status: 'failed' });
    }
  }
}
