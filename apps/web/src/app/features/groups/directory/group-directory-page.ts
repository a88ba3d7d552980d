import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { MatOption } from '@angular/material/core';
import { Router, RouterLink } from '@angular/router';
import { DepartmentWithCount, GroupSummary, GroupType } from '@moot/contracts';
import { KeysetList } from '@moot/web/shared/paging/keyset-list';

import { GROUP_TYPES, countOf } from '../group-words';
import { GroupsApi } from '../groups-api';
import { GroupCard } from '../shared/group-card';
import { GroupFilters, groupFiltersFrom, groupQueryParams, isFiltering, toGroupDirectoryQuery } from './group-directory-filters';

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
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

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

  protected readonly list = new KeysetList<GroupFilters, GroupSummary>({
    initialState: 'loading',
    fetch: (filters, cursor) => this.api.directory(toGroupDirectoryQuery(filters, cursor)),
    announceFirst: (count, hasMore) =>
      count === 0 ? 'No groups match.' : `${countOf(count, 'group', 'groups')}${hasMore ? ' and more' : ''} found.`,
    announceMore: (count, hasMore) => `${countOf(count, 'more group', 'more groups')} shown.${hasMore ? '' : ' That is all of them.'}`,
    focusFirstNew: (group) => this.focusResult(group.id),
  });
  protected readonly suggestions = signal<GroupSummary[]>([]);

  constructor() {
    void this.loadDepartments();
    void this.loadSuggestions();
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        this.form.setValue(filters);
        this.list.load(filters);
      });
    });
  }

  protected search(): void {
    void this.router.navigate(['/groups'], { queryParams: groupQueryParams(groupFiltersFrom(this.form.getRawValue())) });
  }

  protected clear(): void {
    void this.router.navigate(['/groups']);
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
