import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ProfileCompleteness, ProfileField } from '@moot/contracts';
import { SessionStore } from '@moot/web/core/browser/session-store';

import { PeopleApi } from '../people-api';

export const MISSING_FIELD_WORDS: Record<ProfileField, string> = {
  avatar: 'a photo',
  bio: 'a few words about what you do',
  skills: 'your skills',
  askMeAbout: 'topics people can ask you about',
  location: 'where you work',
  workingPattern: 'your working pattern',
  pronouns: 'your pronouns',
  interests: 'your interests',
};

const DISMISSED_KEY = 'moot.completeness-dismissed';

/** "Your profile is 60% complete — add a photo so colleagues can find you", until dismissed this session. */
@Component({
  selector: 'moot-completeness-card',
  imports: [MatButton, RouterLink],
  template: `
    @if (visible(); as completeness) {
      <section class="moot-notice moot-completeness" aria-labelledby="completeness-heading">
        <h2 id="completeness-heading" class="moot-heading-s">Your profile is {{ completeness.percent }}% complete</h2>
        <p>
          Add {{ nextStep() }} so colleagues can find you.
          <a routerLink="/profile/edit">Complete your profile</a>
        </p>
        <button mat-button type="button" (click)="dismiss()">Not now<span class="moot-visually-hidden">, hide this reminder</span></button>
      </section>
    }
  `,
  styles: `
    .moot-completeness {
      max-width: 40rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompletenessCard {
  private readonly api = inject(PeopleApi);
  private readonly store = inject(SessionStore);

  protected readonly completeness = signal<ProfileCompleteness | null>(null);
  protected readonly dismissed = signal(this.store.get(DISMISSED_KEY) === 'true');
  protected readonly visible = computed(() => {
    const completeness = this.completeness();
    return completeness && completeness.percent < 100 && !this.dismissed() ? completeness : null;
  });
  protected readonly nextStep = computed(() => {
    const first = this.completeness()?.missing[0];
    return first ? MISSING_FIELD_WORDS[first] : 'more about yourself';
  });

  constructor() {
    if (!this.dismissed()) void this.load();
  }

  protected dismiss(): void {
    this.dismissed.set(true);
    this.store.set(DISMISSED_KEY, 'true');
  }

  private async load(): Promise<void> {
    try {
      this.completeness.set((await this.api.me()).completeness);
    } catch {
      // A reminder is not worth an error message: the home page works without it.
    }
  }
}
