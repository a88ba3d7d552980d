import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { PeopleApi } from '../people-api';
import { PersonProfile } from '../person/person-profile';
import { ProfileState } from '../person/person-page';
import { MentoringPanel } from './mentoring-panel';
import { PersonalDataSection } from '../personal-data/personal-data-section';

/** `/profile`: your own page as colleagues see it, a way to edit it, and mentoring matches. */
@Component({
  selector: 'moot-profile-page',
  imports: [MatButton, MentoringPanel, PersonProfile, PersonalDataSection, RouterLink],
  template: `
    @if (saved()) {
      <div class="moot-notice" role="status">
        <p>Your profile has been saved.</p>
      </div>
    }
    @switch (state().status) {
      @case ('loading') {
        <p class="moot-status" role="status">Loading your profile…</p>
      }
      @case ('failed') {
        <h1 class="moot-heading-xl">Your profile</h1>
        <div class="moot-notice moot-notice--error" role="alert">
          <p>We couldn't load your profile.</p>
          <button mat-stroked-button type="button" (click)="load()">Try again</button>
        </div>
      }
      @case ('not-found') {
        <h1 class="moot-heading-xl">Your profile</h1>
        <p>We couldn't find your profile. Try signing out and in again.</p>
      }
    }
    @if (profile(); as me) {
      <moot-person-profile [profile]="me">
        <a mat-flat-button routerLink="/profile/edit">Edit your profile</a>
      </moot-person-profile>
      <moot-mentoring-panel />
      <moot-personal-data-section />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly api = inject(PeopleApi);

  /** `?saved=1` after the edit form. */
  readonly saved = input<string | undefined>();

  protected readonly state = signal<ProfileState>({ status: 'loading' });
  protected readonly profile = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.profile : null;
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      this.state.set({ status: 'loaded', profile: await this.api.me() });
    } catch {
      this.state.set({ status: 'failed' });
    }
  }
}
