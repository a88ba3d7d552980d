import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { Profile } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

import { PeopleApi } from '../people-api';
import { AvatarEditor } from './avatar-editor';
import { ChipListField } from './chip-list-field';
import { LearningEditor } from './learning-editor';
import {
  BIO_MAX,
  CLIENT_CHECKED_FIELDS,
  CONTACT_METHODS,
  changedFields,
  fillProfileForm,
  profileControlMessage,
  profileFieldTargets,
  profileForm,
} from './profile-form';
import { SkillsEditor } from './skills-editor';

type LoadState = 'loading' | 'ready' | 'failed';

/** `/profile/edit`: your details (saved with the button), and skills, learning and photo (saved at once). */
@Component({
  selector: 'moot-profile-edit-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    AvatarEditor,
    ChipListField,
    ErrorSummary,
    LearningEditor,
    SkillsEditor,
  ],
  templateUrl: './profile-edit-page.html',
  styleUrl: './profile-edit-page.scss',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileEditPage {
  private readonly api = inject(PeopleApi);
  private readonly router = inject(Router);

  protected readonly form = profileForm();
  protected readonly contactMethods = CONTACT_METHODS;
  protected readonly bioMax = BIO_MAX;
  protected readonly loadState = signal<LoadState>('loading');
  protected readonly profile = signal<Profile | null>(null);
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  protected readonly saveFailed = signal(false);
  protected readonly bio = toSignal(this.form.controls.bio.valueChanges, { initialValue: '' });
  protected readonly bioLength = computed(() => this.bio().length);
  /** Paragraphs of the bio as typed: a plain preview, since the server renders the markdown. */
  protected readonly bioPreview = computed(() =>
    this.bio()
      .split(/\n{2,}/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
  );

  constructor() {
    void this.load();
  }

  protected message(field: string, control: AbstractControl): string | null {
    return profileControlMessage(field, control.errors);
  }

  protected async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      const profile = await this.api.me();
      fillProfileForm(this.form, profile);
      this.profile.set(profile);
      this.loadState.set('ready');
    } catch {
      this.loadState.set('failed');
    }
  }

  protected async save(): Promise<void> {
    const profile = this.profile();
    if (!profile || this.saving()) return;
    this.saveFailed.set(false);
    revalidate(this.form);
    if (this.form.invalid) {
      this.problems.set(this.clientProblems());
      return;
    }
    this.problems.set([]);
    const changes = changedFields(this.form, profile);
    this.saving.set(true);
    try {
      if (Object.keys(changes).length > 0) this.profile.set(await this.api.updateMe(changes));
      await this.router.navigate(['/profile'], { queryParams: { saved: 1 } });
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) this.problems.set(applyApiFieldErrors(fieldErrors, profileFieldTargets(this.form)));
      else this.saveFailed.set(true);
    } finally {
      this.saving.set(false);
    }
  }

  private clientProblems(): FormProblem[] {
    const targets = profileFieldTargets(this.form);
    return CLIENT_CHECKED_FIELDS.flatMap((field) => {
      const message = profileControlMessage(field, targets[field].control.errors);
      return message ? [{ controlId: targets[field].controlId, message }] : [];
    });
  }
}

/** Runs the form's own validators again, dropping errors the API put on fields earlier. */
function revalidate(control: AbstractControl): void {
  if (control instanceof FormGroup) {
    for (const child of Object.values(control.controls)) revalidate(child);
  }
  if (control instanceof FormControl || control instanceof FormGroup) control.updateValueAndValidity({ onlySelf: true });
}
