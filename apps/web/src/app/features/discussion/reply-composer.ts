import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { REPLY_BODY_MAX, ReplyView } from '@moot/contracts';
import { SocketService } from '@moot/web/core/realtime/socket.service';
import { apiMessage } from '@moot/web/features/groups/shared/api-message';
import { apiFieldErrors } from '@moot/web/shared/forms/form-problems';

import { DiscussionApi } from './discussion-api';
import { MentionField } from './mention-field';

/** How often "typing" goes out while someone types: at most once per this many milliseconds. */
export const TYPING_THROTTLE_MS = 2000;

/** Write a reply, optionally quoting another; tells the thread you are typing (throttled). */
@Component({
  selector: 'moot-reply-composer',
  imports: [MatButton, MentionField],
  template: `
    <form class="moot-composer" novalidate (submit)="$event.preventDefault(); send()">
      @if (quote(); as q) {
        <div class="moot-quote">
          <p>Quoting {{ q.author?.displayName ?? 'Anonymous' }}</p>
          <button mat-button type="button" (click)="quote.set(null)">Remove quote</button>
        </div>
      }
      <label class="moot-field-label" for="reply-body">Your reply</label>
      <p class="moot-hint" id="reply-body-hint">Type &#64; to mention a colleague.</p>
      @if (error()) { <p class="moot-error-text" id="reply-body-error" role="alert">{{ error() }}</p> }
      <moot-mention-field
        fieldId="reply-body"
        [rows]="3"
        [(value)]="body"
        [invalid]="!!error()"
        [describedBy]="'reply-body-hint reply-body-count' + (error() ? ' reply-body-error' : '')"
        (edited)="typed()"
      />
      <p class="moot-hint" id="reply-body-count">{{ body().length }} of {{ max }} characters</p>
      <button mat-flat-button type="submit" [disabled]="busy()">{{ busy() ? 'Sending…' : 'Send reply' }}</button>
    </form>
  `,
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplyComposer {
  private readonly api = inject(DiscussionApi);
  private readonly socket = inject(SocketService);
  private readonly field = viewChild.required(MentionField);

  readonly postId = input.required<string>();
  readonly sent = output<ReplyView>();
  /** Set by the thread's Quote buttons. */
  readonly quote = signal<ReplyView | null>(null);

  protected readonly max = REPLY_BODY_MAX;
  protected readonly body = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  private lastTyping = 0;

  quoteReply(reply: ReplyView): void {
    this.quote.set(reply);
    this.field().focus();
  }

  protected typed(): void {
    const now = Date.now();
    if (now - this.lastTyping < TYPING_THROTTLE_MS) return;
    this.lastTyping = now;
    this.socket.typing(this.postId());
  }

  protected async send(): Promise<void> {
    const body = this.body().trim();
    if (!body) return this.fail('Enter your reply.');
    if (body.length > REPLY_BODY_MAX) return this.fail(`Your reply must be ${REPLY_BODY_MAX.toLocaleString('en-GB')} characters or fewer.`);
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set('');
    try {
      const quoteReplyId = this.quote()?.id;
      const reply = await this.api.reply(this.postId(), quoteReplyId ? { body, quoteReplyId } : { body });
      this.body.set('');
      this.quote.set(null);
      this.lastTyping = 0;
      this.sent.emit(reply);
    } catch (error) {
      this.error.set(apiFieldErrors(error)?.[0]?.messages[0] ?? apiMessage(error, 'We couldn’t send your reply. Try again.'));
    } finally {
      this.busy.set(false);
    }
  }

  private fail(message: string): void {
    this.error.set(message);
    this.field().focus();
  }
}
