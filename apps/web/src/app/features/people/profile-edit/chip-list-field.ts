import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatChipGrid, MatChipInput, MatChipInputEvent, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';

import { MAX_CHIPS, MAX_CHIP_LENGTH } from './profile-form';

/** A short list of words ("ask me about", interests): type one and press Enter or a comma to add it. */
@Component({
  selector: 'moot-chip-list-field',
  imports: [ReactiveFormsModule, MatChipGrid, MatChipInput, MatChipRemove, MatChipRow, MatError, MatFormField, MatHint, MatLabel],
  template: `
    <mat-form-field class="moot-form__field" appearance="outline" floatLabel="always" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [formControl]="control()" [attr.aria-label]="label()">
        @for (item of control().value; track item) {
          <mat-chip-row [value]="item" (removed)="remove(item)">
            {{ item }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove ' + item">
              <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 14 14">
                <path d="M2 2l10 10M12 2L2 12" stroke="currentColor" stroke-width="2" />
              </svg>
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- Outside the grid: a grid may hold only rows (angular/components#28067). -->
      <input
        [id]="inputId()"
        [matChipInputFor]="grid"
        [matChipInputSeparatorKeyCodes]="separators"
        [matChipInputAddOnBlur]="true"
        (matChipInputTokenEnd)="add($event)"
        autocomplete="off"
      />
      <mat-hint>{{ hint() }} Press Enter or type a comma after each one. Up to {{ max }}.</mat-hint>
      @if (error(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
    <p class="moot-error-text moot-chip-problem" aria-live="polite">{{ problem() }}</p>
  `,
  styles: `
    .moot-chip-problem:empty {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChipListField {
  readonly control = input.required<FormControl<string[]>>();
  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  readonly hint = input('');
  /** Plural noun for messages, e.g. "topics". */
  readonly noun = input('entries');
  /** The control's error message, worked out by the form. */
  readonly error = input<string | null>(null);

  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly max = MAX_CHIPS;
  protected readonly problem = signal('');

  protected add(event: MatChipInputEvent): void {
    const item = event.value.trim();
    const items = this.control().value;
    this.problem.set('');
    if (!item) return;
    if (item.length > MAX_CHIP_LENGTH) {
      this.problem.set(`"${item.slice(0, 20)}…" is too long: each must be ${MAX_CHIP_LENGTH} characters or fewer`);
      return;
    }
    event.chipInput.clear();
    if (items.some((existing) => existing.toLocaleLowerCase('en-GB') === item.toLocaleLowerCase('en-GB'))) return;
    if (items.length >= MAX_CHIPS) {
      this.problem.set(`You can add up to ${MAX_CHIPS} ${this.noun()}. Remove one to add another.`);
      return;
    }
    this.setItems([...items, item]);
  }

  protected remove(item: string): void {
    this.problem.set('');
    this.setItems(this.control().value.filter((existing) => existing !== item));
  }

  private setItems(items: string[]): void {
    this.control().setValue(items);
    this.control().markAsDirty();
  }
}
