import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DirectoryEntry, PersonSummary } from '@moot/contracts';

import { Avatar } from './avatar';

/** One colleague in a list: photo, name (a link to their page), job, department and what they know. */
@Component({
  selector: 'moot-person-card',
  imports: [Avatar, RouterLink],
  templateUrl: './person-card.html',
  styleUrl: './person-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonCard {
  readonly person = input.required<PersonSummary | DirectoryEntry>();

  protected readonly entry = computed(() => {
    const person = this.person();
    return 'matchedSkills' in person ? person : null;
  });
}
