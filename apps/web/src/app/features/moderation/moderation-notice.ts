import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ModerationNotice } from '@moot/contracts';

import { formatDateTime } from './moderation-words';

/**
 * What the author (and the moderators) see on moderated content: why it was removed, hidden or
 * held, and a way to ask for a review. Everyone else never gets the content at all.
 */
@Component({
  selector: 'moot-moderation-notice',
  imports: [RouterLink],
  template: `
    @let n = notice();
    @if (n.state !== 'published' || n.action === 'warn') {
      <div class="moot-notice" [class.moot-notice--warning]="n.state !== 'removed'" [class.moot-notice--error]="n.state === 'removed'">
        <p>
          <strong>{{ headline() }}</strong>{{ n.reason ? ': ' + n.reason : '' }}
          @if (n.canRequestReview) {
            — <a routerLink="/moderation/decisions" [queryParams]="{ case: n.caseId }">Ask for a review</a>
          }
        </p>
        @if (n.reviewRequestedAt) {
          <p class="moot-hint">You asked for a review on {{ formatDateTime(n.reviewRequestedAt) }}. A moderator will look at it again.</p>
        } @else if (n.state === 'held') {
          <p class="moot-hint">Only you and the moderators can see it until it is approved.</p>
        } @else if (n.state !== 'published') {
          <p class="moot-hint">Only you and the moderators can see it.</p>
        }
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationNoticeBanner {
  readonly notice = input.required<ModerationNotice>();

  protected readonly formatDateTime = formatDateTime;
  protected readonly headline = computed(() => {
    const notice = this.notice();
    switch (notice.state) {
      case 'removed':
        return 'Removed by a moderator';
      case 'hidden':
        return 'Hidden by a moderator while they look into it';
      case 'held':
        return 'Held for review';
      default:
        return 'A moderator kept this up, with a warning';
    }
  });
}
