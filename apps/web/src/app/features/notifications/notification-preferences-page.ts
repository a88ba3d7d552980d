import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { NOTIFICATION_TYPES, NotificationPreferences } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';

import { NotificationsApi } from './notifications-api';
import { DELIVERIES, TYPE_NAMES } from './notification-words';
import {
  PreferencesForm,
  groupControlId,
  preferenceFieldTargets,
  preferencesForm,
  quietHoursProblem,
  toUpdate,
  typeControlId,
} from './preferences-form';

type LoadState = 'loading' | 'ready' | 'failed';

/** `/notifications/preferences`: how each kind of notification reaches you, per group, and when email stays quiet. */
@Component({
  selector: 'moot-notification-preferences-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatHint, MatInput, MatLabel, ErrorSummary],
  templateUrl: './notification-preferences-page.html',
  styleUrl: './notification-preferences-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationPreferencesPage {
  private readonly api = inject(NotificationsApi);

  protected readonly types = NOTIFICATION_TYPES;
  protected readonly typeNames = TYPE_NAMES;
  protected readonly deliveries = DELIVERIES;
  protected readonly typeControlId = typeControlId;
  protected readonly groupControlId = groupControlId;
  protected readonly loadState = signal<LoadState>('loading');
  protected readonly preferences = signal<NotificationPreferences | null>(null);
  protected readonly form = signal<PreferencesForm | null>(null);
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  protected readonly saveFailed = signal(false);
  protected readonly saved = signal(false);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      this.show(await this.api.preferences());
      this.loadState.set('ready');
    } catch {
      this.loadState.set('failed');
    }
  }

  protected fieldError(controlId: string): string | null {
    return this.problems().find((problem) => problem.controlId === controlId)?.message ?? null;
  }

  protected async save(): Promise<void> {
    const form = this.form();
    const preferences = this.preferences();
    if (!form || !preferences || this.saving()) return;
    this.saved.set(false);
    this.saveFailed.set(false);
    const problem = quietHoursProblem(form);
    if (problem) {
      this.problems.set([problem]);
      return;
    }
    this.problems.set([]);
    this.saving.set(true);
    try {
      this.show(await this.api.savePreferences(toUpdate(form)));
      this.saved.set(true);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) this.problems.set(applyApiFieldErrors(fieldErrors, preferenceFieldTargets(form, preferences, TYPE_NAMES)));
      else this.saveFailed.set(true);
    } finally {
      this.saving.set(false);
    }
  }

  private show(preferences: NotificationPreferences): void {
    this.preferences.set(preferences);
    this.form.set(preferencesForm(preferences));
  }
}
