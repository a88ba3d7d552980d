import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox, MatCheckboxChange } from '@angular/material/checkbox';
import { ProfileSkill } from '@moot/contracts';

import { PeopleApi } from '../people-api';
import { apiMessage } from './api-message';
import { SkillPicker } from './skill-picker';

/** Your skills: add (saved at once), say whether you can help with each, remove. */
@Component({
  selector: 'moot-skills-editor',
  imports: [MatButton, MatCheckbox, SkillPicker],
  template: `
    <moot-skill-picker label="Add a skill" inputId="skill-name" buttonText="Add skill" [busy]="busy()" (picked)="add($event)" />
    <p class="moot-visually-hidden" role="status">{{ status() }}</p>
    @if (problem(); as message) {
      <p class="moot-error-text" role="alert">{{ message }}</p>
    }
    @if (skills().length === 0) {
      <p class="moot-hint">You haven't added any skills yet.</p>
    } @else {
      <ul class="moot-plain-list moot-editable-list">
        @for (skill of skills(); track skill.id) {
          <li>
            <span class="moot-editable-list__name">{{ skill.name }}</span>
            <mat-checkbox [checked]="skill.offersHelp" (change)="setOffersHelp(skill, $event)"
              >I can help with this<span class="moot-visually-hidden"> ({{ skill.name }})</span></mat-checkbox
            >
            <button mat-button type="button" (click)="remove(skill)">
              Remove<span class="moot-visually-hidden"> {{ skill.name }}</span>
            </button>
          </li>
        }
      </ul>
    }
  `,
  styleUrl: './editable-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillsEditor {
  private readonly api = inject(PeopleApi);
  private readonly document = inject(DOCUMENT);

  readonly initialSkills = input.required<ProfileSkill[]>({ alias: 'skills' });

  protected readonly skills = linkedSignal(() => this.initialSkills());
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly problem = signal<string | null>(null);

  protected async add(name: string): Promise<void> {
    await this.run(`We couldn't add ${name}. Try again.`, async () => {
      const added = await this.api.addSkill(name);
      this.upsert(added);
      this.status.set(`Added ${added.name} to your skills.`);
    });
  }

  protected async setOffersHelp(skill: ProfileSkill, change: MatCheckboxChange): Promise<void> {
    const ok = await this.run(`We couldn't change ${skill.name}. Try again.`, async () => {
      const saved = await this.api.addSkill(skill.name, change.checked);
      this.upsert(saved);
      this.status.set(saved.offersHelp ? `You offer help with ${saved.name}.` : `You no longer offer help with ${saved.name}.`);
    });
    if (!ok) change.source.checked = skill.offersHelp;
  }

  protected async remove(skill: ProfileSkill): Promise<void> {
    await this.run(`We couldn't remove ${skill.name}. Try again.`, async () => {
      await this.api.removeSkill(skill.id);
      this.skills.update((skills) => skills.filter((candidate) => candidate.id !== skill.id));
      this.status.set(`Removed ${skill.name} from your skills.`);
      // The button that had focus is gone: continue from the skill input.
      this.document.getElementById('skill-name')?.focus();
    });
  }

  private upsert(saved: ProfileSkill): void {
    this.skills.update((skills) =>
      skills.some((candidate) => candidate.id === saved.id)
        ? skills.map((candidate) => (candidate.id === saved.id ? saved : candidate))
        : [...skills, saved],
    );
  }

  private async run(fallback: string, work: () => Promise<void>): Promise<boolean> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await work();
      return true;
    } catch (error) {
      this.problem.set(apiMessage(error, fallback, 'Skill name'));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
