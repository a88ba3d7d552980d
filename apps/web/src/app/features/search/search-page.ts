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
import { DatePipe } from '@angular/common';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { GroupSummary, SEARCH_QUERY_MAX, SearchHit } from '@moot/contracts';

import { followInApp } from './follow-link';
import { SearchApi } from './search-api';
import { KIND_CHOICES, KIND_NAMES, SearchFilters, hasFilters, isSearching, searchFrom, toQueryParams, toSearchQuery } from './search-filters';

type ResultsState = 'idle' | 'loading' | 'ready' | 'failed';

/** `/search`: one search over everything you may see; the query and filters live in the URL. */
@Component({
  selector: 'moot-search-page',
  imports: [DatePipe, ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatHint, MatInput, MatLabel],
  templateUrl: './search-page.html',
  styleUrl: './search-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchPage {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** Answers to an older search are dropped when a newer one has started. */
  private searchNumber = 0;

  // Query parameters, bound by the router.
  readonly q = input<string>();
  readonly kind = input<string>();
  readonly groupId = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly maxLength = SEARCH_QUERY_MAX;
  protected readonly kindChoices = KIND_CHOICES;
  protected readonly kindNames = KIND_NAMES;
  protected readonly filters = computed(() =>
    searchFrom({ q: this.q(), kind: this.kind(), groupId: this.groupId(), from: this.from(), to: this.to() }),
  );
  protected readonly searching = computed(() => isSearching(this.filters()));
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  protected readonly groups = signal<GroupSummary[]>([]);

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    kind: new FormControl('', { nonNullable: true }),
    groupId: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  protected readonly state = signal<ResultsState>('idle');
  protected readonly results = signal<SearchHit[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailed = signal(false);
  protected readonly announcement = signal('');

  constructor() {
    void this.loadGroups();
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        this.form.setValue(filters);
        void this.runSearch(filters);
      });
    });
  }

  protected search(): void {
    void this.router.navigate(['/search'], { queryParams: toQueryParams(searchFrom(this.form.getRawValue())) });
  }

  protected retry(): void {
    void this.runSearch(this.filters());
  }

  protected follow(event: MouseEvent, hit: SearchHit): void {
    followInApp(event, this.router, hit.link);
  }

  protected followGroup(event: MouseEvent, slug: string): void {
    followInApp(event, this.router, `/groups/${slug}`);
  }

  protected async showMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    const searchNumber = this.searchNumber;
    this.loadingMore.set(true);
    this.moreFailed.set(false);
    try {
      const page = await this.api.search(toSearchQuery(this.filters(), cursor));
      if (searchNumber !== this.searchNumber) return;
      this.results.update((results) => [...results, ...page.items]);
      this.nextCursor.set(page.nextCursor);
      this.announcement.set(`${countOf(page.items.length)} more shown.${page.nextCursor ? '' : ' That is all of them.'}`);
      const first = page.items[0];
      if (first) afterNextRender(() => this.focusResult(first), { injector: this.injector });
    } catch {
      if (searchNumber === this.searchNumber) this.moreFailed.set(true);
    } finally {
      if (searchNumber === this.searchNumber) this.loadingMore.set(false);
    }
  }

  private async runSearch(filters: SearchFilters): Promise<void> {
    const searchNumber = ++this.searchNumber;
    this.results.set([]);
    this.nextCursor.set(null);
    this.loadingMore.set(false);
    this.moreFailed.set(false);
    if (!isSearching(filters)) {
      this.state.set('idle');
      this.announcement.set('');
      return;
    }
    this.state.set('loading');
    try {
      const page = await this.api.search(toSearchQuery(filters));
      if (searchNumber !== this.searchNumber) return;
      this.results.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.state.set('ready');
      this.announcement.set(
        page.items.length === 0 ? 'Nothing matches your search.' : `${countOf(page.items.length)}${page.nextCursor ? ' and more' : ''} found.`,
      );
    } catch {
      if (searchNumber === this.searchNumber) this.state.set('failed');
    }
  }

  private async loadGroups(): Promise<void> {
    try {
      this.groups.set(await this.api.myGroups());
    } catch {
      // Without the list, the group filter offers "Any group" only; the search still works.
    }
  }

  private focusResult(hit: SearchHit): void {
    const key = `${hit.kind}:${hit.id}`;
    const results = this.host.nativeElement.querySelectorAll<HTMLElement>('[data-hit]');
    Array.from(results).find((candidate) => candidate.dataset['hit'] === key)?.querySelector<HTMLElement>('h3 a')?.focus();
  }
}

function countOf(count: number): string {
  return count === 1 ? '1 result' : `${count} results`;
}
