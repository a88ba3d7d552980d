import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { DepartmentWithCount, DirectoryEntry, PersonSummary } from '@moot/contracts';
import { KeysetList } from '@moot/web/shared/paging/keyset-list';

import { PeopleApi } from '../people-api';
import { PersonCard } from '../shared/person-card';
import { DirectoryFilters, describeSearch, filtersFrom, isSearching, toDirectoryQuery, toQueryParams } from './directory-filters';

/** Find colleagues by name, skill, topic, department or location; the search lives in the URL. */
@Component({
  selector: 'moot-directory-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatInput, PersonCard],
  templateUrl: './directory-page.html',
  styleUrl: './directory-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DirectoryPage {
  private readonly api = inject(PeopleApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  // Query parameters, bound by the router.
  readonly q = input<string>();
  readonly skill = input<string>();
  readonly topic = input<string>();
  readonly department = input<string>();
  readonly location = input<string>();

  protected readonly filters = computed(() =>
    filtersFrom({ q: this.q(), skill: this.skill(), topic: this.topic(), department: this.department(), location: this.location() }),
  );
  protected readonly searching = computed(() => isSearching(this.filters()));
  protected readonly departments = signal<DepartmentWithCount[]>([]);
  protected readonly departmentsFailed = signal(false);
  protected readonly description = computed(() => {
    const slug = this.filters().department;
    const department = this.departments().find((candidate) => candidate.slug === slug);
    return describeSearch(this.filters(), department?.name ?? null);
  });

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    skill: new FormControl('', { nonNullable: true }),
    topic: new FormControl('', { nonNullable: true }),
    department: new FormControl('', { nonNullable: true }),
    location: new FormControl('', { nonNullable: true }),
  });

  protected readonly list = new KeysetList<DirectoryFilters, DirectoryEntry>({
    fetch: (filters, cursor) => this.api.directory(toDirectoryQuery(filters, cursor)),
    announceFirst: (count, hasMore) => (count === 0 ? 'No one matches your search.' : `${countOf(count)}${hasMore ? ' and more' : ''} found.`),
    announceMore: (count, hasMore) => `${countOf(count)} more shown.${hasMore ? '' : ' That is everyone.'}`,
    focusFirstNew: (person) => this.focusResult(person.id),
  });
  protected readonly outsideYourDepartment = signal<PersonSummary[]>([]);

  constructor() {
    void this.loadDepartments();
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        this.form.setValue(filters);
        this.runSearch(filters);
      });
    });
  }

  protected search(): void {
    void this.router.navigate(['/people'], { queryParams: toQueryParams(filtersFrom(this.form.getRawValue())) });
  }

  protected retry(): void {
    this.runSearch(this.filters());
  }

  protected retryDepartments(): void {
    void this.loadDepartments();
  }

  private runSearch(filters: DirectoryFilters): void {
    this.outsideYourDepartment.set([]);
    if (!isSearching(filters)) {
      this.list.clear('idle');
      return;
    }
    this.list.load(filters);
    if (filters.skill) void this.loadSuggestions(filters.skill, this.list.isLatest());
  }

  private async loadSuggestions(skill: string, isLatest: () => boolean): Promise<void> {
    try {
      const suggestions = await this.api.suggestions(skill);
      if (isLatest()) this.outsideYourDepartment.set(suggestions.outsideYourDepartment);
    } catch {
      // The panel is a bonus: without it the page still answers the search.
    }
  }

  private async loadDepartments(): Promise<void> {
    this.departmentsFailed.set(false);
    try {
      this.departments.set(await this.api.departments());
    } catch {
      this.departmentsFailed.set(true);
    }
  }

  private focusResult(id: string): void {
    const results = this.host.nativeElement.querySelectorAll<HTMLElement>('[data-person-id]');
    const result = Array.from(results).find((candidate) => candidate.dataset['personId'] === id);
    result?.querySelector<HTMLElement>('h3 a')?.focus();
  }
}

function countOf(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}
