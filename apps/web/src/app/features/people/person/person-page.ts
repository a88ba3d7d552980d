import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { Profile } from '@moot/contracts';
import { composeTitle } from '@moot/web/core/layout/site-title-strategy';
import { SiteService } from '@moot/web/core/site/site.service';

import { PeopleApi } from '../people-api';
import { PersonProfile } from './person-profile';

export type ProfileState =
  | { status: 'loading' }
  | { status: 'loaded'; profile: Profile }
  | { status: 'not-found' }
  | { status: 'failed' };

/** `/people/:id`: a colleague's profile. */
@Component({
  selector: 'moot-person-page',
  imports: [MatButton, PersonProfile, RouterLink],
  template: `
    <p class="moot-back-link"><a routerLink="/people">Find people</a></p>
    @switch (state().status) {
      @case ('loading') {
        <p class="moot-status" role="status">Loading the profile…</p>
      }
      @case ('not-found') {
        <h1 class="moot-heading-xl">We couldn't find that person</h1>
        <p>The link may be wrong, or the person may not be on Moot.</p>
        <p><a routerLink="/people">Search for colleagues by name or skill</a></p>
      }
      @case ('failed') {
        <h1 class="moot-heading-xl">Sorry, there is a problem</h1>
        <div class="moot-notice moot-notice--error" role="alert">
          <p>We couldn't load this profile.</p>
          <button mat-stroked-button type="button" (click)="retry()">Try again</button>
        </div>
      }
    }
    @if (loaded(); as profile) {
      <moot-person-profile [profile]="profile">
        <a mat-flat-button routerLink="/profile/edit">Edit your profile</a>
      </moot-person-profile>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPage {
  private readonly api = inject(PeopleApi);
  private readonly title = inject(Title);
  private readonly site = inject(SiteService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly state = signal<ProfileState>({ status: 'loading' });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected readonly loaded = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.profile : null;
  });

  protected retry(): void {
    void this.load(this.id());
  }

  private async load(id: string): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      const profile = await this.api.get(id);
      this.state.set({ status: 'loaded', profile });
      this.title.setTitle(composeTitle(profile.displayName, this.site.siteName()));
    } catch (error) {
      const notFound = error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
      this.state.set({ status: notFound ? 'not-found' : 'failed' });
    }
  }
}
