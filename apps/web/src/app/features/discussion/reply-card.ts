import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { REPLY_BODY_MAX, ReactionKind, ReplyView } from '@moot/contracts';
import { apiMessage } from '@moot/web/features/groups/shared/api-message';
import { confirmAction } from '@moot/web/features/groups/shared/confirm-dialog';
import { ModerationNoticeBanner } from '@moot/web/features/moderation/moderation-notice';
import { ReportButton } from '@moot/web/features/moderation/report-button';

import { DiscussionApi } from './discussion-api';
import { authorName } from './discussion-words';
import { formatTime } from './post-card';
import { ReactionsBar } from './reactions-bar';

/** One reply in a thread: quote, react, edit, delete, and accept it as the answer to a question. */
@Component({
  selector: 'moot-reply-card',
  imports: [RouterLink, MatButton, ReactionsBar, ModerationNoticeBanner, ReportButton],
  template: `
    @let r = reply();
    <article class="moot-reply" [class.moot-reply--accepted]="r.accepted" [id]="'reply-' + r.id" tabindex="-1" [attr.aria-labelledby]="'reply-' + r.id + '-by'">
      <p class="moot-post__header" [id]="'reply-' + r.id + '-by'">
        @if (r.author; as a) {
          <a [routerLink]="['/people', a.id]"><strong>{{ a.displayName }}</strong></a>
        } @else {
          <strong>{{ r.deleted ? 'Deleted reply' : 'Anonymous' }}</strong>
        }
        <span>, <time [attr.datetime]="r.createdAt">{{ when() }}</time></span>
        @if (r.accepted) { <strong class="moot-tag moot-tag--info">Accepted answer</strong> }
      </p>
      @if (r.moderation; as notice) { <moot-moderation-notice [notice]="notice" /> }
      @if (r.deleted) {
        <p class="moot-hint">This reply was deleted.</p>
      } @else {
        @if (r.quote; as q) {
          <blockquote class="moot-quote"><p>{{ q.authorName ?? 'Anonymous' }} wrote: {{ q.excerpt }}</p></blockquote>
        }
        @if (editing()) {
          <label class="moot-field-label" [for]="'edit-reply-' + r.id">Edit your reply</label>
          <textarea class="moot-textarea" [id]="'edit-reply-' + r.id" rows="4" [value]="draft()" (input)="draft.set($any($event.target).value)"></textarea>
          <div class="moot-button-group">
            <button mat-flat-button type="button" [disabled]="busy()" (click)="save()">Save changes</button>
            <button mat-stroked-button type="button" (click)="editing.set(false)">Cancel</button>
          </div>
        } @else {
          <div class="moot-prose" [innerHTML]="r.bodyHtml"></div>
        }
        @if (r.editedAt) { <p class="moot-hint">Edited</p> }
        @if (error()) { <p class="moot-error-text" role="alert">{{ error() }}</p> }
        <moot-reactions-bar [reactions]="r.reactions" [canReact]="r.can.react" [busy]="busy()" [label]="'Reactions to ' + author() + '’s reply'" (toggled)="react($event)" />
        <div class="moot-button-group">
          @if (canReply()) { <button mat-button type="button" (click)="quoted.emit(r)">Quote<span class="moot-visually-hidden"> {{ author() }}</span></button> }
          @if (canAccept()) {
            <button mat-button type="button" [disabled]="busy()" (click)="accepted.emit(r.accepted ? null : r.id)">
              {{ r.accepted ? 'Remove as answer' : 'Accept as answer' }}
            </button>
          }
          @if (r.can.edit && !editing()) { <button mat-button type="button" (click)="startEdit()">Edit</button> }
          @if (r.can.delete) { <button mat-button type="button" [disabled]="busy()" (click)="remove()">Delete</button> }
          @if (!r.can.edit) { <moot-report-button targetType="reply" [targetId]="r.id" [description]="r.author ? author() + '’s reply' : 'the anonymous reply'" /> }
        </div>
      }
    </article>
  `,
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplyCard {
  private readonly api = inject(DiscussionApi);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly reply = input.required<ReplyView>();
  readonly canReply = input(false);
  readonly canAccept = input(false);
  readonly changed = output<ReplyView>();
  readonly quoted = output<ReplyView>();
  /** The reply to accept, or null to take the accepted answer away. */
  readonly accepted = output<string | null>();

  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly editing = signal(false);
  protected readonly draft = signal('');
  protected readonly author = computed(() => authorName(this.reply().author));
  protected readonly when = computed(() => formatTime(this.reply().createdAt));

  focus(): void {
    this.host.nativeElement.querySelector<HTMLElement>('article')?.focus();
  }

  protected startEdit(): void {
    this.draft.set(this.reply().body ?? '');
    this.editing.set(true);
  }

  protected async react(event: { kind: ReactionKind; on: boolean }): Promise<void> {
    await this.act(async () => {
      const { reactions } = await this.api.react({ reply: this.reply().id }, event.kind, event.on);
      this.changed.emit({ ...this.reply(), reactions });
    }, 'We couldn’t save your reaction. Try again.');
  }

  protected async save(): Promise<void> {
    const body = this.draft().trim();
    if (!body || body.length > REPLY_BODY_MAX) return this.error.set(`Enter a reply of at most ${REPLY_BODY_MAX.toLocaleString('en-GB')} characters.`);
    await this.act(async () => {
      this.changed.emit(await this.api.editReply(this.reply().id, body));
      this.editing.set(false);
    }, 'We couldn’t save your changes. Try again.');
  }

  protected async remove(): Promise<void> {
    const sure = await confirmAction(this.dialog, { title: 'Delete this reply?', body: 'People will see that a reply was deleted, but not what it said.', confirm: 'Delete reply', danger: true });
    if (!sure) return;
    await this.act(async () => {
      await this.api.deleteReply(this.reply().id);
      this.changed.emit({ ...this.reply(), deleted: true, body: null, bodyHtml: '', quote: null });
    }, 'We couldn’t delete the reply. Try again.');
  }

  private async act(action: () => Promise<void>, fallback: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set('');
    try {
      await action();
    } catch (error) {
      this.error.set(apiMessage(error, fallback));
    } finally {
      this.busy.set(false);
    }
  }
}
