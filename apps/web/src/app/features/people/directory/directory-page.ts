import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { DepartmentWithCount, DirectoryEntry, PersonSummary } from '@moot/contracts';

import { PeopleApi } from '../people-api';
import { PersonCard } from '../shared/person-card';
import { DirectoryFilters, describeSearch, filtersFrom, isSearching, toDirectoryQuery, toQueryParams } from './directory-filters';

type ResultsState = 'idle' | 'loading' | 'ready' | 'failed';

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
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** Answers to an older search are dropped when a newer one has started. */
  private searchNumber = 0;

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

  protected readonly state = signal<ResultsState>('idle');
  protected readonly results = signal<DirectoryEntry[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailed = signal(false);
  protected readonly announcement = signal('');
  protected readonly outsideYourDepartment = signal<PersonSummary[]>([]);

  constructor() {
    void this.loadDepartments();
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        this.form.setValue(filters);
        void this.runSearch(filters);
      });
    });
  }

  protected search(): void {
    void this.router.navigate(['/people'], { queryParams: toQueryParams(filtersFrom(this.form.getRawValue())) });
  }

  protected retry(): void {
    void this.runSearch(this.filters());
  }

  protected retryDepartments(): void {
    void this.loadDepartments();
  }

  protected async showMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    const searchNumber = this.searchNumber;
    this.loadingMore.set(true);
    this.moreFailed.set(false);
    try {
      const page = await this.api.directory(toDirectoryQuery(this.filters(), cursor));
      if (searchNumber !== this.searchNumber) return;
      this.results.update((results) => [...results, ...page.items]);
      this.nextCursor.set(page.nextCursor);
      this.announcement.set(`${countOf(page.items.length)} more shown.${page.nextCursor ? '' : ' That is everyone.'}`);
      const first = page.items[0];
      if (first) afterNextRender(() => this.focusResult(first.id), { injector: this.injector });
    } catch {
      if (searchNumber === this.searchNumber) this.moreFailed.set(true);
    } finally {
      if (searchNumber === this.searchNumber) this.loadingMore.set(false);
    }
  }

  private async runSearch(filters: DirectoryFilters): Promise<void> {
    const searchNumber = ++this.searchNumber;
    this.results.set([]);
    this.nextCursor.set(null);
    this.loadingMore.set(false);
    this.moreFailed.set(false);
    this.outsideYourDepartment.set([]);
    if (!isSearching(filters)) {
      this.state.set('idle');
      this.announcement.set('');
      return;
    }
    this.state.set('loading');
    if (filters.skill) void this.loadSuggestions(filters.skill, searchNumber);
    try {
      const page = await this.api.directory(toDirectoryQuery(filters));
      if (searchNumber !== this.searchNumber) return;
      this.results.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.state.set('ready');
      this.announcement.set(
        page.items.length === 0 ? 'No one matches your search.' : `${countOf(page.items.length)}${page.nextCursor ? ' and more' : ''} found.`,
      );
    } catch {
      if (searchNumber === this.searchNumber) this.state.set('failed');
    }
  }

  private async loadSuggestions(skill: string, searchNumber: number): Promise<void> {
    try {
      const suggestions = await this.api.suggestions(skill);
      if (searchNumber === this.searchNumber) this.outsideYourDepartment.set(suggestions.outsideYourDepartment);
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
