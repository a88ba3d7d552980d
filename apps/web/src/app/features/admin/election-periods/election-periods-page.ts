import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ELECTION_LABEL_MAX, ElectionPeriod, GroupDetail } from '@moot/contracts';
import { GroupsApi } from '@moot/web/features/groups/groups-api';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { focusAfterRender } from '@moot/web/shared/focus/focus-after-render';
import { FieldTarget, FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

import { endOfDay, formatDate, startOfDay } from './election-period-words';
import { ElectionPeriodsApi } from './election-periods-api';

type ListState = { status: 'loading' } | { status: 'loaded'; periods: ElectionPeriod[] } | { status: 'failed' };

const LABEL_MAX = ELECTION_LABEL_MAX;

/**
 * Pre-election periods. Site admins (at /admin/election-periods) see every period and add
 * site-wide ones; a group's managers (at /moderation/election-periods?group=<id>) add their group's.
 */
@Component({
  selector: 'moot-election-periods-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, ErrorSummary],
  templateUrl: './election-periods-page.html',
  styleUrl: './election-periods-page.scss',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ElectionPeriodsPage {
  private readonly api = inject(ElectionPeriodsApi);
  private readonly groupsApi = inject(GroupsApi);
  private readonly focusAfterRender = focusAfterRender();
  private readonly addForm = viewChild.required(FormGroupDirective);

  /** Query parameter: one group's periods (managers); absent for the whole site (admins). */
  readonly group = input<string | undefined>();

  protected readonly formatDate = formatDate;
  protected readonly state = signal<ListState>({ status: 'loading' });
  protected readonly groupDetail = signal<GroupDetail | null>(null);
  protected readonly label = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LABEL_MAX)] });
  protected readonly startsOn = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly endsOn = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly holdForReview = new FormControl(false, { nonNullable: true });
  protected readonly form = new FormGroup({ label: this.label, startsOn: this.startsOn, endsOn: this.endsOn, holdForReview: this.holdForReview });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly adding = signal(false);
  protected readonly removing = signal<string | null>(null);
  protected readonly failure = signal('');
  protected readonly announcement = signal('');

  constructor() {
    effect(() => {
      const groupId = this.group();
      untracked(() => void this.load(groupId));
    });
  }

  protected labelError(): string | null {
    const errors = this.label.errors;
    if (typeof errors?.['server'] === 'string') return errors['server'];
    if (errors?.['required']) return 'Enter a name for the period, for example “Local elections 2027”';
    if (errors?.['maxlength']) return `The name must be ${LABEL_MAX} characters or fewer`;
    return null;
  }

  protected startError(): string | null {
    const errors = this.startsOn.errors;
    if (typeof errors?.['server'] === 'string') return errors['server'];
    return errors?.['required'] ? 'Enter the date the period starts' : null;
  }

  protected endError(): string | null {
    const errors = this.endsOn.errors;
    if (typeof errors?.['server'] === 'string') return errors['server'];
    if (errors?.['required']) return 'Enter the date the period ends';
    if (errors?.['order']) return 'The end date must be the same as or after the start date';
    return null;
  }

  protected retry(): void {
    void this.load(this.group());
  }

  protected async add(): Promise<void> {
    if (this.adding()) return;
    this.failure.set('');
    this.label.setValue(this.label.value.trim());
    this.endsOn.updateValueAndValidity();
    if (this.startsOn.value && this.endsOn.value && this.endsOn.value < this.startsOn.value) this.endsOn.setErrors({ order: true });
    const problems: FormProblem[] = [];
    for (const [message, controlId] of [
      [this.labelError(), 'period-label'],
      [this.startError(), 'period-starts'],
      [this.endError(), 'period-ends'],
    ] as const) {
      if (message) problems.push({ controlId, message });
    }
    this.problems.set(problems);
    if (problems.length > 0) return;

    this.adding.set(true);
    try {
      const period = await this.api.create({
        groupId: this.group() ?? null,
        label: this.label.value,
        startsAt: startOfDay(this.startsOn.value),
        endsAt: endOfDay(this.endsOn.value),
        holdForReview: this.holdForReview.value,
      });
      this.addForm().resetForm({ label: '', startsOn: '', endsOn: '', holdForReview: false });
      this.state.update((state) => (state.status === 'loaded' ? { status: 'loaded', periods: [period, ...state.periods] } : state));
      this.announcement.set(`“${period.label}” added.`);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) {
        const targets: Record<string, FieldTarget> = {
          label: { label: 'Name', controlId: 'period-label', control: this.label },
          startsAt: { label: 'Start date', controlId: 'period-starts', control: this.startsOn },
          endsAt: { label: 'End date', controlId: 'period-ends', control: this.endsOn },
        };
        this.problems.set(applyApiFieldErrors(fieldErrors, targets));
      } else {
        this.failure.set('We couldn’t add the period. Try again in a moment.');
      }
    } finally {
      this.adding.set(false);
    }
  }

  protected async remove(period: ElectionPeriod): Promise<void> {
    if (this.removing()) return;
    this.failure.set('');
    this.removing.set(period.id);
    try {
      await this.api.remove(period.id);
      this.gone(period);
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 404) this.gone(period);
      else this.failure.set(`We couldn’t remove “${period.label}”. Try again in a moment.`);
    } finally {
      this.removing.set(null);
    }
  }

  private gone(period: ElectionPeriod): void {
    this.state.update((state) => (state.status === 'loaded' ? { status: 'loaded', periods: state.periods.filter((p) => p.id !== period.id) } : state));
    this.announcement.set(`“${period.label}” removed.`);
    this.focusAfterRender('periods-title');
  }

  private async load(groupId: string | undefined): Promise<void> {
    this.state.set({ status: 'loading' });
    this.groupDetail.set(null);
    try {
      const [{ items }, group] = await Promise.all([this.api.list(groupId), groupId ? this.groupsApi.get(groupId) : Promise.resolve(null)]);
      this.groupDetail.set(group);
      this.state.set({ status: 'loaded', periods: groupId ? items.filter((period) => period.group?.id === groupId) : items });
    } catch {
      this.state.set({ status: 'failed' });
    }
  }
}
