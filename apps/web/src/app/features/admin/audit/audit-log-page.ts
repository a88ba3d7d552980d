import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AuditEventView } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem, apiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { KeysetList } from '@moot/web/shared/paging/keyset-list';

import { AuditApi } from './audit-api';
import {
  AUDIT_PAGE_SIZE,
  AUDIT_QUERY_MAX,
  AuditFilters,
  auditFiltersFrom,
  csvUrl,
  hasAnyFilter,
  rangeIsBackwards,
  toApiParams,
  toQueryParams,
} from './audit-filters';

const RANGE_PROBLEM: FormProblem = { controlId: 'audit-to', message: 'The "to" date must be the same as or after the "from" date' };

/** `/admin/audit`: search the audit log, newest first; the filters live in the URL. */
@Component({
  selector: 'moot-audit-log-page',
  imports: [DatePipe, JsonPipe, ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatHint, MatInput, MatLabel, ErrorSummary],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly api = inject(AuditApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  // Query parameters, bound by the router.
  readonly q = input<string>();
  readonly action = input<string>();
  readonly outcome = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly actorId = input<string>();
  readonly targetType = input<string>();
  readonly targetId = input<string>();

  protected readonly maxLength = AUDIT_QUERY_MAX;
  protected readonly filters = computed(() =>
    auditFiltersFrom({
      q: this.q(),
      action: this.action(),
      outcome: this.outcome(),
      from: this.from(),
      to: this.to(),
      actorId: this.actorId(),
      targetType: this.targetType(),
      targetId: this.targetId(),
    }),
  );
  protected readonly filtered = computed(() => hasAnyFilter(this.filters()));
  protected readonly downloadUrl = computed(() => csvUrl(this.filters()));
  protected readonly actions = signal<string[]>([]);
  /** The recorded action names, plus the one in the URL even before (or without) the list. */
  protected readonly actionChoices = computed(() => {
    const current = this.filters().action;
    return current && !this.actions().includes(current) ? [current, ...this.actions()] : this.actions();
  });
  protected readonly linkFilters = computed(() => {
    const { actorId, targetType, targetId } = this.filters();
    return [
      ...(actorId ? [`done by the person with id ${actorId}`] : []),
      ...(targetType ? [`to a ${targetType.replace(/_/g, ' ')}`] : []),
      ...(targetId ? [`to ${targetId}`] : []),
    ];
  });

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
    outcome: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  protected readonly problems = signal<FormProblem[]>([]);

  protected readonly list = new KeysetList<AuditFilters, AuditEventView>({
    initialState: 'loading',
    fetch: (filters, cursor) => this.api.search({ ...toApiParams(filters, cursor), limit: String(AUDIT_PAGE_SIZE) }),
    announceFirst: (count, hasMore) =>
      count === 0 ? 'No events found.' : `${countOf(count)} shown${hasMore ? ', newest first; more are available' : ''}.`,
    announceMore: (count, hasMore) => `${count} more ${count === 1 ? 'event' : 'events'} shown.${hasMore ? '' : ' That is all of them.'}`,
    // The button may be gone (no more pages): put focus on the first new row instead.
    focusFirstNew: (event) => this.document.getElementById(`audit-event-${event.id}`)?.focus(),
    onFailed: (error) => {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) this.problems.set(fieldErrors.map(({ field, messages }) => ({ controlId: null, message: `${field}: ${messages.join(', ')}` })));
      this.list.announce('');
    },
  });

  constructor() {
    void this.loadActions();
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        const { q, action, outcome, from, to } = filters;
        this.form.setValue({ q, action, outcome, from, to });
        if (rangeIsBackwards(filters)) {
          this.problems.set([RANGE_PROBLEM]);
          this.list.clear('ready');
        } else {
          this.problems.set([]);
          this.list.load(filters);
        }
      });
    });
  }

  protected search(): void {
    const values = auditFiltersFrom({ ...this.filters(), ...this.form.getRawValue() });
    if (rangeIsBackwards(values)) {
      this.problems.set([RANGE_PROBLEM]);
      return;
    }
    this.problems.set([]);
    void this.router.navigate(['/admin/audit'], { queryParams: toQueryParams(values) });
  }

  protected hasDetails(event: AuditEventView): boolean {
    return Object.keys(event.details).length > 0 || event.userAgent !== null;
  }

  private async loadActions(): Promise<void> {
    try {
      this.actions.set(await this.api.actions());
    } catch {
      // The select still offers "Any action"; searching by text covers the rest.
      this.actions.set([]);
    }
  }
}

function countOf(count: number): string {
  return count === 1 ? '1 event' : `${count} events`;
}
