import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { PollView } from '@moot/contracts';

import { plural } from './discussion-words';

/** Vote in a poll; results show once you have voted or the poll has closed. */
@Component({
  selector: 'moot-poll-widget',
  imports: [MatButton],
  template: `
    @let p = poll();
    @if (p.resultsVisible) {
      <ul class="moot-poll-results" [attr.aria-label]="'Poll results, ' + voters()">
        @for (option of p.options; track option.id) {
          <li>
            <span>{{ option.label }}@if (p.myVotes.includes(option.id)) { <strong> (your vote)</strong> }</span>
            <span class="moot-poll-bar" aria-hidden="true"><span [style.width.%]="share(option.votes)"></span></span>
            <span>{{ plural(option.votes ?? 0, 'vote', 'votes') }} ({{ share(option.votes) }}%)</span>
          </li>
        }
      </ul>
      <p class="moot-hint">{{ voters() }}@if (p.closed) {. This poll has closed.}</p>
    }
    @if (canVote() && !p.closed && p.myVotes.length === 0) {
      <fieldset class="moot-poll-form">
        <legend>{{ p.multipleChoice ? 'Choose one or more options' : 'Choose one option' }}</legend>
        @for (option of p.options; track option.id) {
          <label class="moot-poll-option">
            <input
              [type]="p.multipleChoice ? 'checkbox' : 'radio'"
              [name]="'poll-' + postId()"
              [checked]="chosen().includes(option.id)"
              (change)="choose(option.id, $any($event.target).checked)"
            />
            {{ option.label }}
          </label>
        }
        <button mat-stroked-button type="button" [disabled]="chosen().length === 0 || busy()" (click)="voted.emit(chosen())">Vote</button>
      </fieldset>
      @if (p.closesAt) {
        <p class="moot-hint">Closes {{ closes() }}</p>
      }
    } @else if (!p.resultsVisible) {
      <p class="moot-hint">Results show when the poll closes.</p>
    }
  `,
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PollWidget {
  readonly poll = input.required<PollView>();
  readonly postId = input.required<string>();
  readonly canVote = input(false);
  readonly busy = input(false);
  readonly voted = output<string[]>();

  protected readonly plural = plural;
  protected readonly chosen = signal<string[]>([]);
  protected readonly voters = computed(() => plural(this.poll().totalVoters ?? 0, 'person has voted', 'people have voted'));
  protected readonly closes = computed(() => {
    const at = this.poll().closesAt;
    return at ? new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
  });

  protected share(votes: number | null): number {
    const total = this.poll().options.reduce((sum, option) => sum + (option.votes ?? 0), 0);
    return total > 0 ? Math.round(((votes ?? 0) / total) * 100) : 0;
  }

  protected choose(id: string, checked: boolean): void {
    if (!this.poll().multipleChoice) this.chosen.set(checked ? [id] : []);
    else this.chosen.update((ids) => (checked ? [...ids, id] : ids.filter((other) => other !== id)));
  }
}
