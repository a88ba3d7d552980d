import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { POST_BODY_MAX, PostView, ReactionKind, Revision } from '@moot/contracts';
import { apiMessage } from '@moot/web/features/groups/shared/api-message';
import { confirmAction } from '@moot/web/features/groups/shared/confirm-dialog';
import { ModerationNoticeBanner } from '@moot/web/features/moderation/moderation-notice';
import { ReportButton } from '@moot/web/features/moderation/report-button';

import { DiscussionApi } from './discussion-api';
import { authorName, plural } from './discussion-words';
import { PollWidget } from './poll-widget';
import { ReactionsBar } from './reactions-bar';

const TYPE_LABELS = { discussion: null, question: 'Question', poll: 'Poll', announcement: 'Announcement' } as const;

/** One post: who, where, when, what, and what you can do with it. Changes go out through `changed`. */
@Component({
  selector: 'moot-post-card',
  imports: [RouterLink, MatButton, PollWidget, ReactionsBar, ModerationNoticeBanner, ReportButton],
  templateUrl: './post-card.html',
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PostCard {
  private readonly api = inject(DiscussionApi);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly post = input.required<PostView>();
  /** In a feed the card links to its thread; the thread page shows the replies itself. */
  readonly inFeed = input(true);
  readonly changed = output<PostView>();

  protected readonly bodyMax = POST_BODY_MAX;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly editing = signal(false);
  protected readonly draft = signal('');
  protected readonly revisions = signal<Revision[] | null>(null);

  protected readonly author = computed(() => authorName(this.post().author));
  protected readonly typeLabel = computed(() => TYPE_LABELS[this.post().type]);
  protected readonly when = computed(() => formatTime(this.post().createdAt));
  protected readonly replies = computed(() => plural(this.post().replyCount, 'reply', 'replies'));
  protected readonly seen = computed(() => `Seen by ${plural(this.post().seenByCount, 'person', 'people')}`);
  protected readonly formatTime = formatTime;

  /** Moves focus to the card, e.g. after posting it (the article is focusable by script only). */
  focus(): void {
    this.host.nativeElement.querySelector<HTMLElement>('article')?.focus();
  }

  protected async react(event: { kind: ReactionKind; on: boolean }): Promise<void> {
    await this.act(async () => {
      const { reactions } = await this.api.react({ post: this.post().id }, event.kind, event.on);
      this.changed.emit({ ...this.post(), reactions });
    }, 'We couldn’t save your reaction. Try again.');
  }

  protected async vote(optionIds: string[]): Promise<void> {
    await this.act(async () => {
      this.changed.emit(await this.api.vote(this.post().id, optionIds));
    }, 'We couldn’t record your vote. Try again.');
  }

  protected async markRead(): Promise<void> {
    await this.act(async () => {
      this.changed.emit(await this.api.markRead(this.post().id));
    }, 'We couldn’t mark it as read. Try again.');
  }

  protected async pin(pinned: boolean): Promise<void> {
    await this.act(async () => {
      this.changed.emit(await this.api.pin(this.post().id, pinned));
    }, 'We couldn’t change the pin. Try again.');
  }

  protected startEdit(): void {
    this.draft.set(this.post().body ?? '');
    this.editing.set(true);
  }

  protected async saveEdit(): Promise<void> {
    const body = this.draft().trim();
    if (!body) return this.error.set('Enter the post’s text.');
    if (body.length > POST_BODY_MAX) return this.error.set(`A post can be at most ${POST_BODY_MAX.toLocaleString('en-GB')} characters.`);
    await this.act(async () => {
      this.changed.emit(await this.api.editPost(this.post().id, body));
      this.editing.set(false);
      this.revisions.set(null);
    }, 'We couldn’t save your changes. Try again.');
  }

  protected async showHistory(): Promise<void> {
    await this.act(async () => this.revisions.set((await this.api.history(this.post().id)).revisions), 'We couldn’t load the earlier versions.');
  }

  protected async remove(): Promise<void> {
    const sure = await confirmAction(this.dialog, {
      title: 'Delete this post?',
      body: 'People will see that a post was deleted, but not what it said.',
      confirm: 'Delete post',
      danger: true,
    });
    if (!sure) return;
    await this.act(async () => {
      await this.api.deletePost(this.post().id);
      this.changed.emit({ ...this.post(), deleted: true, bodyHtml: '', body: null, attachments: [], poll: null });
    }, 'We couldn’t delete the post. Try again.');
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

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
