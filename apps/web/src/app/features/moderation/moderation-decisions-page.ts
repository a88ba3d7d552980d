import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { MODERATION_REASON_MAX, ModerationDecision } from '@moot/contracts';
import { apiMessage } from '@moot/web/features/groups/shared/api-message';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { FormProblem } from '@moot/web/shared/forms/form-problems';

import { ModerationApi } from './moderation-api';
import { HISTORY_LABELS, STATE_LABELS, TARGET_LABELS, formatDateTime } from './moderation-words';

type PageState = 'loading' | 'loaded' | 'failed';

/** "Your moderation decisions": what moderators did with your posts, replies, files and profile, and why; ask for a review. */
@Component({
  selector: 'moot-moderation-decisions-page',
  imports: [FormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatInput, ErrorSummary],
  templateUrl: './moderation-decisions-page.html',
  styleUrl: './moderation.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationDecisionsPage {
  private readonly api = inject(ModerationApi);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Query parameter from a post's notice: the case to open the review form for. */
  readonly case = input<string | undefined>();

  protected readonly noteMax = MODERATION_REASON_MAX;
  protected readonly targetLabels = TARGET_LABELS;
  protected readonly stateLabels = STATE_LABELS;
  protected readonly actionLabels = HISTORY_LABELS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly state = signal<PageState>('loading');
  protected readonly decisions = signal<ModerationDecision[]>([]);
  /** The decision whose review form is open. */
  protected readonly reviewing = signal<string | null>(null);
  protected readonly note = signal('');
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly sending = signal(false);
  protected readonly error = signal('');
  protected readonly announcement = signal('');

  constructor() {
    void this.load();
  }

  protected retry(): void {
    void this.load();
  }

  protected askForReview(decision: ModerationDecision): void {
    this.note.set('');
    this.problems.set([]);
    this.error.set('');
    this.reviewing.set(decision.caseId);
    this.focusAfterRender(`#review-${decision.caseId}-note`);
  }

  protected cancel(decision: ModerationDecision): void {
    this.reviewing.set(null);
    this.problems.set([]);
    this.focusAfterRender(`#ask-${decision.caseId}`);
  }

  protected async send(decision: ModerationDecision): Promise<void> {
    if (this.sending()) return;
    const note = this.note().trim();
    const controlId = `review-${decision.caseId}-note`;
    const problem = !note
      ? 'Say why the decision should be looked at again'
      : note.length > MODERATION_REASON_MAX
        ? `Your note must be ${MODERATION_REASON_MAX.toLocaleString('en-GB')} characters or fewer`
        : null;
    if (problem) {
      this.problems.set([{ controlId, message: problem }]);
      return;
    }
    this.problems.set([]);
    this.error.set('');
    this.sending.set(true);
    try {
      await this.api.requestReview(decision.caseId, { note });
      const requestedAt = new Date().toISOString();
      this.decisions.update((list) =>
        list.map((item) => (item.caseId === decision.caseId ? { ...item, canRequestReview: false, reviewRequestedAt: requestedAt } : item)),
      );
      this.reviewing.set(null);
      this.announcement.set('Your request has been sent. A moderator will look at the decision again.');
      this.focusAfterRender(`#decision-${decision.caseId}`);
    } catch (error) {
      this.error.set(apiMessage(error, 'We couldn’t send your request. Try again in a moment.'));
    } finally {
      this.sending.set(false);
    }
  }

  private async load(): Promise<void> {
    this.state.set('loading');
    try {
      const { items } = await this.api.decisions();
      this.decisions.set(items);
      this.state.set('loaded');
      const wanted = items.find((item) => item.caseId === this.case());
      if (wanted?.canRequestReview) this.askForReview(wanted);
      else if (wanted) this.focusAfterRender(`#decision-${wanted.caseId}`);
    } catch {
      this.state.set('failed');
    }
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
