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
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { MatOption } from '@angular/material/core';
import { Router, RouterLink } from '@angular/router';
import { DepartmentWithCount, GroupSummary, GroupType } from '@moot/contracts';

import { GROUP_TYPES, countOf } from '../group-words';
import { GroupsApi } from '../groups-api';
import { GroupCard } from '../shared/group-card';
import { GroupFilters, groupFiltersFrom, groupQueryParams, isFiltering, toGroupDirectoryQuery } from './group-directory-filters';

type ResultsState = 'loading' | 'ready' | 'failed';

/** Find groups by name, type and department; the search lives in the URL. */
@Component({
  selector: 'moot-group-directory-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    GroupCard,
  ],
  templateUrl: './group-directory-page.html',
  styleUrl: '../groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupDirectoryPage {
  private readonly api = inject(GroupsApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** Answers to an older search are dropped once a newer one has started. */
  private searchNumber = 0;

  // Query parameters, bound by the router.
  readonly q = input<string>();
  readonly type = input<string>();
  readonly department = input<string>();
  readonly mine = input<string>();

  protected readonly types = GROUP_TYPES;
  protected readonly filters = computed(() =>
    groupFiltersFrom({ q: this.q(), type: this.type(), department: this.department(), mine: this.mine() }),
  );
  protected readonly filtering = computed(() => isFiltering(this.filters()));
  protected readonly departments = signal<DepartmentWithCount[]>([]);
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    type: new FormControl<GroupType | ''>('', { nonNullable: true }),
    department: new FormControl('', { nonNullable: true }),
    mine: new FormControl(false, { nonNullable: true }),
  });

  protected readonly state = signal<ResultsState>('loading');
  protected readonly results = signal<GroupSummary[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailed = signal(false);
  protected readonly announcement = signal('');
  protected readonly suggestions = signal<GroupSummary[]>([]);

  constructor() {
    void this.loadDepartments();
    void this.loadSuggestions();
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        this.form.setValue(filters);
        void this.runSearch(filters);
      });
    });
  }

  protected search(): void {
    void this.router.navigate(['/groups'], { queryParams: groupQueryParams(groupFiltersFrom(this.form.getRawValue())) });
  }

  protected clear(): void {
    void this.router.navigate(['/groups']);
  }

  protected retry(): void {
    void this.runSearch(this.filters());
  }

  protected async showMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    const searchNumber = this.searchNumber;
    this.loadingMore.set(true);
    this.moreFailed.set(false);
    try {
      const page = await this.api.directory(toGroupDirectoryQuery(this.filters(), cursor));
      if (searchNumber !== this.searchNumber) return;
      this.results.update((results) => [...results, ...page.items]);
      this.nextCursor.set(page.nextCursor);
      this.announcement.set(
        `${countOf(page.items.length, 'more group', 'more groups')} shown.${page.nextCursor ? '' : ' That is all of them.'}`,
      );
      const first = page.items[0];
      if (first) afterNextRender(() => this.focusResult(first.id), { injector: this.injector });
    } catch {
      if (searchNumber === this.searchNumber) this.moreFailed.set(true);
    } finally {
      if (searchNumber === this.searchNumber) this.loadingMore.set(false);
    }
  }

  private async runSearch(filters: GroupFilters): Promise<void> {
    const searchNumber = ++this.searchNumber;
    this.nextCursor.set(null);
    this.loadingMore.set(false);
    this.moreFailed.set(false);
    this.state.set('loading');
    try {
      const page = await this.api.directory(toGroupDirectoryQuery(filters));
      if (searchNumber !== this.searchNumber) return;
      this.results.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.state.set('ready');
      this.announcement.set(
        page.items.length === 0
          ? 'No groups match.'
          : `${countOf(page.items.length, 'group', 'groups')}${page.nextCursor ? ' and more' : ''} found.`,
      );
    } catch {
      if (searchNumber === this.searchNumber) this.state.set('failed');
    }
  }

  private async loadSuggestions(): Promise<void> {
    try {
      this.suggestions.set(await this.api.suggestions());
    } catch {
      // The panel is a bonus: without it the page still lists groups.
    }
  }

  private async loadDepartments(): Promise<void> {
    try {
      this.departments.set(await this.api.departments());
    } catch {
      // Without departments, the filter offers "Any department" only.
    }
  }

  private focusResult(id: string): void {
    const cards = this.host.nativeElement.querySelectorAll<HTMLElement>('#group-results [data-group-id]');
    const card = Array.from(cards).find((candidate) => candidate.dataset['groupId'] === id);
    card?.querySelector<HTMLElement>('h3 a')?.focus();
  }
}
