import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { SkillRef } from '@moot/contracts';

import { PeopleApi } from '../people-api';
import { apiMessage } from './api-message';
import { SkillPicker } from './skill-picker';

/** What you want to learn: added and removed at once; used to suggest people who can help. */
@Component({
  selector: 'moot-learning-editor',
  imports: [MatButton, SkillPicker],
  template: `
    <moot-skill-picker
      label="Add something you want to learn"
      inputId="learning-name"
      buttonText="Add"
      [busy]="busy()"
      (picked)="add($event)"
    />
    <p class="moot-visually-hidden" role="status">{{ status() }}</p>
    @if (problem(); as message) {
      <p class="moot-error-text" role="alert">{{ message }}</p>
    }
    @if (learning().length === 0) {
      <p class="moot-hint">Nothing yet.</p>
    } @else {
      <ul class="moot-plain-list moot-editable-list">
        @for (skill of learning(); track skill.id) {
          <li>
            <span class="moot-editable-list__name">{{ skill.name }}</span>
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
export class LearningEditor {
  private readonly api = inject(PeopleApi);
  private readonly document = inject(DOCUMENT);

  readonly initialLearning = input.required<SkillRef[]>({ alias: 'learning' });

  protected readonly learning = linkedSignal(() => this.initialLearning());
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly problem = signal<string | null>(null);

  protected async add(name: string): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const added = await this.api.addLearning(name);
      this.learning.update((learning) =>
        learning.some((skill) => skill.id === added.id) ? learning : [...learning, added],
      );
      this.status.set(`Added ${added.name} to what you want to learn.`);
    } catch (error) {
      this.problem.set(apiMessage(error, `We couldn't add ${name}. Try again.`, 'Skill name'));
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(skill: SkillRef): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.api.removeLearning(skill.id);
      this.learning.update((learning) => learning.filter((candidate) => candidate.id !== skill.id));
      this.status.set(`Removed ${skill.name}.`);
      this.document.getElementById('learning-name')?.focus();
    } catch (error) {
      this.problem.set(apiMessage(error, `We couldn't remove ${skill.name}. Try again.`));
    } finally {
      this.busy.set(false);
    }
  }
}
