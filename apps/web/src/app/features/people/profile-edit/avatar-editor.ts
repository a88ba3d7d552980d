import { ChangeDetectionStrategy, Component, ElementRef, inject, input, linkedSignal, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { AVATAR_MAX_BYTES } from '@moot/contracts';

import { PeopleApi } from '../people-api';
import { Avatar } from '../shared/avatar';
import { apiMessage } from './api-message';

export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** The API's words for the same checks, so people read one message whichever side refuses. */
export const AVATAR_TOO_LARGE = 'The image is larger than 5 MB. Choose a smaller one.';
export const AVATAR_WRONG_TYPE = 'Choose a PNG, JPEG or WebP image.';

/** Why a file cannot be a photo, before uploading it; null when it can. */
export function avatarProblem(file: File): string | null {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return AVATAR_WRONG_TYPE;
  if (file.size > AVATAR_MAX_BYTES) return AVATAR_TOO_LARGE;
  return null;
}

/** Upload, preview and remove your photo; each change is saved at once. */
@Component({
  selector: 'moot-avatar-editor',
  imports: [Avatar, MatButton],
  template: `
    <div class="moot-avatar-editor">
      <moot-avatar [name]="name()" [url]="url()" [large]="true" [alt]="url() ? 'Your current photo' : ''" />
      <div class="moot-avatar-editor__controls">
        <label for="avatar-file" class="moot-avatar-editor__label">{{ url() ? 'Choose a new photo' : 'Choose a photo' }}</label>
        <p class="moot-hint" id="avatar-hint">A PNG, JPEG or WebP image, 5 MB or smaller. A clear photo of your face helps colleagues recognise you.</p>
        <input
          #file
          id="avatar-file"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby="avatar-hint"
          [attr.aria-invalid]="problem() ? true : null"
          (change)="upload($event)"
        />
        @if (problem(); as message) {
          <p class="moot-error-text" role="alert">{{ message }}</p>
        }
        <p class="moot-visually-hidden" role="status">{{ status() }}</p>
        @if (url()) {
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="remove()">Remove photo</button>
        }
      </div>
    </div>
  `,
  styles: `
    .moot-avatar-editor {
      display: flex;
      flex-wrap: wrap;
      gap: 1.5rem 2rem;
      align-items: flex-start;
    }
    .moot-avatar-editor__controls {
      display: flex;
      flex: 1 1 18rem;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
    }
    .moot-avatar-editor__label {
      font-weight: 700;
    }
    .moot-hint {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AvatarEditor {
  private readonly api = inject(PeopleApi);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('file');

  readonly name = input.required<string>();
  readonly avatarUrl = input<string | null>(null);

  protected readonly url = linkedSignal(() => this.avatarUrl());
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly status = signal('');

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || this.busy()) return;
    this.status.set('');
    const problem = avatarProblem(file);
    this.problem.set(problem);
    if (problem) {
      input.value = '';
      return;
    }
    this.busy.set(true);
    try {
      const { avatarUrl } = await this.api.uploadAvatar(file);
      this.url.set(avatarUrl);
      this.status.set('Your new photo has been saved.');
    } catch (error) {
      this.problem.set(apiMessage(error, "We couldn't save your photo. Try again."));
    } finally {
      this.busy.set(false);
      input.value = '';
    }
  }

  protected async remove(): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.api.removeAvatar();
      this.url.set(null);
      this.status.set('Your photo has been removed.');
      this.fileInput().nativeElement.focus();
    } catch (error) {
      this.problem.set(apiMessage(error, "We couldn't remove your photo. Try again."));
    } finally {
      this.busy.set(false);
    }
  }
}
