import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { GroupSummary, SEARCH_QUERY_MAX, SearchHit } from '@moot/contracts';
import { KeysetList } from '@moot/web/shared/paging/keyset-list';

import { followInApp } from './follow-link';
import { SearchApi } from './search-api';
import { KIND_CHOICES, KIND_NAMES, SearchFilters, hasFilters, isSearching, searchFrom, toQueryParams, toSearchQuery } from './search-filters';

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
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

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

  protected readonly list = new KeysetList<SearchFilters, SearchHit>({
    fetch: (filters, cursor) => this.api.search(toSearchQuery(filters, cursor)),
    announceFirst: (count, hasMore) => (count === 0 ? 'Nothing matches your search.' : `${countOf(count)}${hasMore ? ' and more' : ''} found.`),
    announceMore: (count, hasMore) => `${countOf(count)} more shown.${hasMore ? '' : ' That is all of them.'}`,
    focusFirstNew: (hit) => this.focusResult(hit),
  });

  constructor() {
    void this.loadGroups();
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        this.form.setValue(filters);
        if (isSearching(filters)) this.list.load(filters);
        else this.list.clear('idle');
      });
    });
  }

  protected search(): void {
    void this.router.navigate(['/search'], { queryParams: toQueryParams(searchFrom(this.form.getRawValue())) });
  }

  protected follow(event: MouseEvent, hit: SearchHit): void {
    followInApp(event, this.router, hit.link);
  }

  protected followGroup(event: MouseEvent, slug: string): void {
    followInApp(event, this.router, `/groups/${slug}`);
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
