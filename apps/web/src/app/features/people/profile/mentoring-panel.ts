import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MentoringMatches } from '@moot/contracts';

import { PeopleApi } from '../people-api';
import { PersonCard } from '../shared/person-card';

type MentoringState = { status: 'loading' } | { status: 'loaded'; matches: MentoringMatches } | { status: 'failed' };

/** Who could help you learn, and whom you could help, from `GET /api/people/me/mentoring`. */
@Component({
  selector: 'moot-mentoring-panel',
  imports: [MatButton, PersonCard, RouterLink],
  templateUrl: './mentoring-panel.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentoringPanel {
  private readonly api = inject(PeopleApi);

  protected readonly state = signal<MentoringState>({ status: 'loading' });

  constructor() {
    void this.load();
  }

  protected skillNames(skills: { name: string }[]): string {
    return skills.map((skill) => skill.name).join(', ');
  }

  protected async load(): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      this.state.set({ status: 'loaded', matches: await this.api.mentoring() });
    } catch {
      this.state.set({ status: 'failed' });
    }
  }
}
