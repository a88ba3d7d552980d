import { ChangeDetectionStrategy, Component, input, output, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { PeopleApi } from '../people-api';

export const SUGGEST_DEBOUNCE_MS = 200;

/** A skill name input that suggests skills colleagues already list; adds on select, Enter or the button. */
@Component({
  selector: 'moot-skill-picker',
  imports: [ReactiveFormsModule, MatAutocomplete, MatAutocompleteTrigger, MatButton, MatOption, MatFormField, MatHint, MatLabel, MatInput],
  template: `
    <form class="moot-skill-picker" (submit)="addTyped($event)">
      <mat-form-field appearance="outline" floatLabel="always" subscriptSizing="dynamic">
        <mat-label>{{ label() }}</mat-label>
        <input matInput [id]="inputId()" [formControl]="query" [matAutocomplete]="auto" autocomplete="off" />
        <mat-hint>Start typing to see skills colleagues already list</mat-hint>
        <mat-autocomplete #auto="matAutocomplete" (optionSelected)="select($event)">
          @for (skill of suggestions(); track skill.id) {
            <mat-option [value]="skill.name">
              {{ skill.name }}
              <span class="moot-hint">({{ skill.peopleCount === 1 ? '1 person' : skill.peopleCount + ' people' }})</span>
            </mat-option>
          }
        </mat-autocomplete>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="busy()">{{ buttonText() }}</button>
    </form>
  `,
  styles: `
    .moot-skill-picker {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem 1rem;
      margin-bottom: 1rem;
    }
    mat-form-field {
      flex: 1 1 18rem;
    }
    button {
      margin-top: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillPicker {
  private readonly api = inject(PeopleApi);

  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  readonly buttonText = input('Add');
  readonly busy = input(false);
  /** A skill name to add, trimmed and not empty. */
  readonly picked = output<string>();

  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly suggestions = toSignal(
    this.query.valueChanges.pipe(
      debounceTime(SUGGEST_DEBOUNCE_MS),
      map((text) => text.trim()),
      distinctUntilChanged(),
      switchMap((text) => (text ? this.api.suggestSkills(text).pipe(catchError(() => of([]))) : of([]))),
    ),
    { initialValue: [] },
  );

  protected select(event: MatAutocompleteSelectedEvent): void {
    this.emit(String(event.option.value ?? ''));
  }

  protected addTyped(event: Event): void {
    event.preventDefault();
    this.emit(this.query.value);
  }

  private emit(name: string): void {
    const trimmed = name.trim();
    if (!trimmed || this.busy()) return;
    this.picked.emit(trimmed);
    this.query.setValue('');
  }
}
