import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { PersonSummary, ProfileSkill } from '@moot/contracts';

import { PeopleApi } from '../people-api';
import { PersonCard } from '../shared/person-card';
import { endorsementWords } from './profile-words';

type Endorsers = { status: 'loading' } | { status: 'loaded'; people: PersonSummary[] } | { status: 'failed' };

/** A person's skills with endorsement counts, an Endorse toggle (not on your own page) and who endorsed. */
@Component({
  selector: 'moot-person-skills',
  imports: [MatButton, PersonCard],
  templateUrl: './person-skills.html',
  styleUrl: './person-skills.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonSkills {
  private readonly api = inject(PeopleApi);

  readonly personId = input.required<string>();
  readonly initialSkills = input.required<ProfileSkill[]>({ alias: 'skills' });
  readonly canEndorse = input(false);

  protected readonly skills = linkedSignal(() => this.initialSkills());
  protected readonly pending = signal<ReadonlySet<string>>(new Set());
  protected readonly failedSkillId = signal<string | null>(null);
  protected readonly open = signal<ReadonlyMap<string, Endorsers>>(new Map());
  protected readonly words = endorsementWords;
  protected readonly hasSkills = computed(() => this.skills().length > 0);

  protected async toggleEndorsement(skill: ProfileSkill): Promise<void> {
    if (this.pending().has(skill.id)) return;
    const endorse = !skill.endorsedByMe;
    this.failedSkillId.set(null);
    this.pending.update((ids) => new Set(ids).add(skill.id));
    try {
      await this.api.endorse(this.personId(), skill.id, endorse);
      this.skills.update((skills) =>
        skills.map((candidate) =>
          candidate.id === skill.id
            ? { ...candidate, endorsedByMe: endorse, endorsementCount: Math.max(0, candidate.endorsementCount + (endorse ? 1 : -1)) }
            : candidate,
        ),
      );
      // The list of endorsers is out of date now; load it again when next opened.
      if (this.open().has(skill.id)) void this.loadEndorsers(skill.id);
    } catch {
      this.failedSkillId.set(skill.id);
    } finally {
      this.pending.update((ids) => {
        const next = new Set(ids);
        next.delete(skill.id);
        return next;
      });
    }
  }

  protected toggleEndorsers(skill: ProfileSkill): void {
    if (this.open().has(skill.id)) {
      this.open.update((open) => {
        const next = new Map(open);
        next.delete(skill.id);
        return next;
      });
      return;
    }
    void this.loadEndorsers(skill.id);
  }

  private async loadEndorsers(skillId: string): Promise<void> {
    this.setEndorsers(skillId, { status: 'loading' });
    try {
      const answer = await this.api.endorsers(this.personId(), skillId);
      this.setEndorsers(skillId, { status: 'loaded', people: answer.endorsers });
    } catch {
      this.setEndorsers(skillId, { status: 'failed' });
    }
  }

  private setEndorsers(skillId: string, endorsers: Endorsers): void {
    this.open.update((open) => new Map(open).set(skillId, endorsers));
  }
}
