import { ChangeDetectionStrategy, Component, ElementRef, inject, input, model, output, signal, viewChild } from '@angular/core';
import { DirectoryEntry } from '@moot/contracts';

import { DiscussionApi } from './discussion-api';
import { insertMention, mentionAt } from './discussion-words';

/**
 * A markdown textarea that suggests colleagues while you type `@name` and inserts
 * `@[Display Name](user-id)`. Arrow keys move through the suggestions, Enter picks, Escape closes.
 */
@Component({
  selector: 'moot-mention-field',
  template: `
    <textarea
      #area
      class="moot-textarea"
      [id]="fieldId()"
      [rows]="rows()"
      [value]="value()"
      [attr.aria-describedby]="describedBy()"
      [attr.aria-invalid]="invalid() || null"
      [attr.aria-controls]="suggestions().length ? fieldId() + '-people' : null"
      [attr.aria-activedescendant]="suggestions().length ? fieldId() + '-person-' + active() : null"
      (input)="typed()"
      (click)="lookUp()"
      (keydown)="key($event)"
      (blur)="close()"
    ></textarea>
    <div class="moot-visually-hidden" aria-live="polite">{{ announcement() }}</div>
    @if (suggestions().length > 0) {
      <ul class="moot-mentions" role="listbox" [id]="fieldId() + '-people'" aria-label="People to mention">
        @for (person of suggestions(); track person.id; let i = $index) {
          <li
            role="option"
            [id]="fieldId() + '-person-' + i"
            [attr.aria-selected]="i === active()"
            [class.moot-mentions__active]="i === active()"
            (mousedown)="$event.preventDefault()"
            (click)="pick(person)"
          >
            {{ person.displayName }}@if (person.department) {<span class="moot-hint">, {{ person.department.name }}</span>}
          </li>
        }
      </ul>
    }
  `,
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentionField {
  private readonly api = inject(DiscussionApi);
  private readonly area = viewChild.required<ElementRef<HTMLTextAreaElement>>('area');

  readonly fieldId = input.required<string>();
  readonly describedBy = input<string | null>(null);
  readonly invalid = input(false);
  readonly rows = input(5);
  readonly value = model('');
  /** Every keystroke, e.g. for the typing indicator. */
  readonly edited = output<void>();

  protected readonly suggestions = signal<DirectoryEntry[]>([]);
  protected readonly active = signal(0);
  protected readonly announcement = signal('');
  private lookup = 0;

  focus(): void {
    this.area().nativeElement.focus();
  }

  protected typed(): void {
    this.value.set(this.area().nativeElement.value);
    this.edited.emit();
    void this.lookUp();
  }

  protected async lookUp(): Promise<void> {
    const element = this.area().nativeElement;
    const at = mentionAt(element.value, element.selectionStart ?? element.value.length);
    const lookup = ++this.lookup;
    if (!at) return this.close();
    try {
      const people = await this.api.people(at.query);
      if (lookup !== this.lookup) return;
      this.suggestions.set(people);
      this.active.set(0);
      this.announcement.set(people.length ? `${people.length} ${people.length === 1 ? 'person matches' : 'people match'}. Use the arrow keys and Enter to choose.` : 'Nobody matches.');
    } catch {
      if (lookup === this.lookup) this.close();
    }
  }

  protected key(event: KeyboardEvent): void {
    const count = this.suggestions().length;
    if (count === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.active.update((index) => (index + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      this.pick(this.suggestions()[this.active()]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
  }

  protected pick(person: DirectoryEntry): void {
    const element = this.area().nativeElement;
    const at = mentionAt(element.value, element.selectionStart ?? element.value.length);
    this.close();
    if (!at) return;
    const next = insertMention(element.value, at, person);
    element.value = next.text;
    element.setSelectionRange(next.caret, next.caret);
    this.value.set(next.text);
    this.announcement.set(`${person.displayName} mentioned.`);
    element.focus();
  }

  protected close(): void {
    this.lookup++;
    this.suggestions.set([]);
  }
}
