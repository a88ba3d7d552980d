import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { MODERATION_REASON_MAX, ModerationActionType, ModerationCaseView } from '@moot/contracts';
import { apiMessage } from '@moot/web/features/groups/shared/api-message';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem } from '@moot/web/shared/forms/form-problems';

import { ModerationApi } from './moderation-api';
import { ACTION_LABELS, HISTORY_LABELS, REASON_LABELS, SOURCE_LABELS, STATE_LABELS, TARGET_LABELS, formatDateTime } from './moderation-words';

/** One case in the queue: the content, who reported it and why, what happened so far, and what you can do now. */
@Component({
  selector: 'moot-moderation-case',
  imports: [FormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatInput, ErrorSummary],
  templateUrl: './moderation-case.html',
  styleUrl: './moderation.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationCase {
  private readonly api = inject(ModerationApi);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly choiceHeading = viewChild<ElementRef<HTMLElement>>('choiceHeading');

  readonly case = input.required<ModerationCaseView>();
  /** The case after an action, with the words to announce. */
  readonly decided = output<{ updated: ModerationCaseView; message: string }>();

  protected readonly reasonMax = MODERATION_REASON_MAX;
  protected readonly reasonLabels = REASON_LABELS;
  protected readonly historyLabels = HISTORY_LABELS;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly what = computed(() => TARGET_LABELS[this.case().target.type]);
  protected readonly state = computed(() => STATE_LABELS[this.case().target.state]);
  protected readonly source = computed(() => SOURCE_LABELS[this.case().source]);
  /** The action waiting for a reason, if any. */
  protected readonly choosing = signal<ModerationActionType | null>(null);
  protected readonly reason = signal('');
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal('');

  protected reasonId(): string {
    return `case-${this.case().id}-reason`;
  }

  protected choose(action: ModerationActionType): void {
    this.error.set('');
    if (!ACTION_LABELS[action].needsReason) {
      void this.send(action, undefined);
      return;
    }
    this.problems.set([]);
    this.reason.set('');
    this.choosing.set(action);
    afterNextRender(() => this.choiceHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    const action = this.choosing();
    this.choosing.set(null);
    this.problems.set([]);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus(), { injector: this.injector });
  }

  protected confirm(): void {
    const action = this.choosing();
    if (!action) return;
    const reason = this.reason().trim();
    const message = !reason
      ? 'Enter the reason the author will see'
      : reason.length > MODERATION_REASON_MAX
        ? `The reason must be ${MODERATION_REASON_MAX.toLocaleString('en-GB')} characters or fewer`
        : null;
    if (message) {
      this.problems.set([{ controlId: this.reasonId(), message }]);
      return;
    }
    void this.send(action, reason);
  }

  private async send(action: ModerationActionType, reason: string | undefined): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set('');
    try {
      const updated = await this.api.act(this.case().id, { action, ...(reason ? { reason } : {}) });
      this.choosing.set(null);
      this.problems.set([]);
      this.decided.emit({ updated, message: ACTION_LABELS[action].done });
    } catch (error) {
      this.error.set(apiMessage(error, 'We couldn’t record your decision. Try again.'));
    } finally {
      this.busy.set(false);
    }
  }
}
