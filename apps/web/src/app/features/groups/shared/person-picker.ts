import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PersonSummary } from '@moot/contracts';

import { GroupsApi } from '../groups-api';

const SEARCH_DELAY_MS = 300;

/** Finds colleagues by name as you type; each match has a button to choose them. */
@Component({
  selector: 'moot-person-picker',
  imports: [MatButton, MatFormField, MatLabel, MatHint, MatInput],
  template: `
    <mat-form-field class="moot-form__field" appearance="outline" floatLabel="always" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input matInput type="search" [id]="inputId()" autocomplete="off" [value]="query()" (input)="typed($event)" />
      <mat-hint>Type at least 2 letters of their name</mat-hint>
    </mat-form-field>
    <p class="moot-visually-hidden" role="status">{{ announcement() }}</p>
    @if (failed()) {
      <p class="moot-error-text">We couldn't search for people just now. Try again in a moment.</p>
    }
    @if (matches().length > 0) {
      <ul class="moot-plain-list moot-picker__matches" [attr.aria-label]="'People matching ' + query()">
        @for (person of matches(); track person.id) {
          <li>
            <span>
              <strong>{{ person.displayName }}</strong>
              @if (person.department; as department) {
                <span class="moot-hint">, {{ department.name }}</span>
              }
            </span>
            <button mat-stroked-button type="button" (click)="choose(person)">
              {{ actionLabel() }}<span class="moot-visually-hidden"> {{ person.displayName }}</span>
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .moot-picker__matches li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding-block: 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPicker {
  private readonly api = inject(GroupsApi);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private searchNumber = 0;

  readonly label = input('Search for a person');
  readonly inputId = input('person-picker');
  readonly actionLabel = input('Choose');
  /** People not to offer, e.g. those already chosen. */
  readonly excludeIds = input<readonly string[]>([]);
  /** Set: search this group's members instead of everyone. */
  readonly groupId = input<string | null>(null);
  readonly picked = output<PersonSummary>();

  protected readonly query = signal('');
  protected readonly matches = signal<PersonSummary[]>([]);
  protected readonly announcement = signal('');
  protected readonly failed = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.clearTimer());
  }

  protected typed(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.query.set(value);
    this.clearTimer();
    this.timer = setTimeout(() => void this.search(value.trim()), SEARCH_DELAY_MS);
  }

  protected choose(person: PersonSummary): void {
    this.picked.emit(person);
    this.matches.update((matches) => matches.filter((candidate) => candidate.id !== person.id));
    this.announcement.set(`${person.displayName} chosen.`);
  }

  private async search(q: string): Promise<void> {
    const searchNumber = ++this.searchNumber;
    this.failed.set(false);
    if (q.length < 2) {
      this.matches.set([]);
      this.announcement.set('');
      return;
    }
    try {
      const people = await this.find(q);
      if (searchNumber !== this.searchNumber) return;
      const excluded = new Set(this.excludeIds());
      const matches = people.filter((person) => !excluded.has(person.id) && !person.formerColleague);
      this.matches.set(matches);
      this.announcement.set(matches.length === 0 ? 'No one matches that name.' : `${matches.length} found.`);
    } catch {
      if (searchNumber === this.searchNumber) this.failed.set(true);
    }
  }

  private async find(q: string): Promise<PersonSummary[]> {
    const groupId = this.groupId();
    if (groupId) return (await this.api.members(groupId, { q })).items.map((member) => member.person);
    return (await this.api.people(q)).items;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
