import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import { SEARCH_QUERY_MAX, SearchHit } from '@moot/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { SearchApi } from './search-api';
import { KIND_NAMES } from './search-filters';

export const SUGGEST_DEBOUNCE_MS = 200;
export const SUGGEST_MIN_LENGTH = 2;

/**
 * The header's search box: a combobox that suggests people, groups, topics and posts as you
 * type; choosing one opens it, Enter searches everything on the results page.
 */
@Component({
  selector: 'moot-header-search',
  imports: [ReactiveFormsModule, MatAutocomplete, MatAutocompleteTrigger, MatButton, MatFormField, MatInput, MatLabel, MatOption],
  template: `
    <form class="moot-header-search" role="search" aria-label="Site" (submit)="submit($event)">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Search Moot</mat-label>
        <input
          matInput
          id="site-search"
          type="search"
          [formControl]="query"
          [matAutocomplete]="auto"
          [maxlength]="maxLength"
          autocomplete="off"
          enterkeyhint="search"
        />
        <mat-autocomplete #auto="matAutocomplete" (optionSelected)="open($event)">
          @for (hit of suggestions(); track hit.kind + hit.id) {
            <mat-option [value]="hit">
              {{ hit.title }}<span class="moot-hint"><span class="moot-visually-hidden">, </span> {{ kindNames[hit.kind] }}</span>
            </mat-option>
          }
        </mat-autocomplete>
      </mat-form-field>
      <button mat-stroked-button type="submit">Search</button>
    </form>
    <span class="moot-visually-hidden" aria-live="polite">{{ announcement() }}</span>
  `,
  styles: `
    .moot-header-search {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    mat-form-field {
      width: 16rem;
      max-width: 60vw;
    }
    .moot-hint {
      margin-inline-start: 0.5rem;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeaderSearch {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);

  protected readonly maxLength = SEARCH_QUERY_MAX;
  protected readonly kindNames = KIND_NAMES;
  protected readonly query = new FormControl<string | SearchHit>('', { nonNullable: true });
  protected readonly suggestions = signal<SearchHit[]>([]);
  protected readonly announcement = signal('');

  constructor() {
    this.query.valueChanges
      .pipe(
        map((value) => (typeof value === 'string' ? value.trim() : '')),
        debounceTime(SUGGEST_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((text) =>
          text.length >= SUGGEST_MIN_LENGTH ? this.api.suggest(text).pipe(catchError(() => of<SearchHit[]>([]))) : of<SearchHit[]>([]),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((hits) => {
        this.suggestions.set(hits);
        this.announcement.set(hits.length === 0 ? '' : hits.length === 1 ? '1 suggestion.' : `${hits.length} suggestions.`);
      });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const value = this.query.value;
    const q = typeof value === 'string' ? value.trim() : '';
    this.suggestions.set([]);
    void this.router.navigate(['/search'], { queryParams: q ? { q } : {} });
  }

  protected open(event: MatAutocompleteSelectedEvent): void {
    const hit = event.option.value as SearchHit;
    this.query.setValue('');
    this.suggestions.set([]);
    void this.router.navigateByUrl(hit.link);
  }
}
