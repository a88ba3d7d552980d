import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PostView, ReplyView } from '@moot/contracts';
import { SocketService } from '@moot/web/core/realtime/socket.service';
import { apiMessage, isNotFound } from '@moot/web/features/groups/shared/api-message';
import { Observable } from 'rxjs';

import { DiscussionApi } from './discussion-api';
import { authorName, plural, withCounts } from './discussion-words';
import { PostCard } from './post-card';
import { ReplyCard } from './reply-card';
import { ReplyComposer } from './reply-composer';
import { TypingIndicator } from './typing-indicator';

type PageState = 'loading' | 'loaded' | 'not-found' | 'failed';

/** One post and its replies, oldest first; new replies grow the thread at the bottom. */
@Component({
  selector: 'moot-thread-page',
  imports: [RouterLink, MatButton, PostCard, ReplyCard, ReplyComposer, TypingIndicator],
  templateUrl: './thread-page.html',
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThreadPage {
  private readonly api = inject(DiscussionApi);
  private readonly socket = inject(SocketService);
  private readonly composer = viewChild(ReplyComposer);
  private readonly typingIndicator = viewChild(TypingIndicator);

  /** Route parameter: the post's id. */
  readonly id = input.required<string>();

  protected readonly state = signal<PageState>('loading');
  protected readonly post = signal<PostView | null>(null);
  protected readonly replies = signal<ReplyView[]>([]);
  /** More (newer) replies wait behind "Show more replies". */
  protected readonly moreCursor = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly error = signal('');
  protected readonly heading = computed(() => {
    const post = this.post();
    if (!post) return 'Post';
    const kind = { discussion: 'Post', question: 'Question', poll: 'Poll', announcement: 'Announcement' }[post.type];
    return `${kind} by ${authorName(post.author)}`;
  });
  protected readonly replyCount = computed(() => plural(this.replies().filter((reply) => !reply.deleted).length, 'reply', 'replies'));
  protected readonly canAccept = computed(() => this.post()?.type === 'question' && (this.post()?.can.acceptAnswer ?? false));
  /** The server took this person out of the post's room (they lost access to its group): it no longer updates. */
  protected readonly accessLost = signal(false);
  /** The cursor that fetched the newest page: asking again from it finds replies added since. */
  private tailCursor: string | undefined;

  constructor() {
    effect((onCleanup) => {
      const id = this.id();
      const room = { kind: 'post', id } as const;
      untracked(() => void this.load(id));
      void this.socket.join(room);
      onCleanup(() => this.socket.leave(room));
    });
    const destroyRef = inject(DestroyRef);
    const live = <T extends { postId: string }>(stream: Observable<T>, handle: (payload: T) => void) =>
      stream.pipe(takeUntilDestroyed(destroyRef)).subscribe((payload) => payload.postId === this.id() && handle(payload));
    this.socket
      .on('room:closed')
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(({ room }) => room.kind === 'post' && room.id === this.id() && this.accessLost.set(true));
    live(this.socket.on('reply:created'), () => void this.newReplies(true));
    live(this.socket.on('reply:updated'), ({ replyId }) => void this.refreshReply(replyId));
    live(this.socket.on('reply:deleted'), ({ replyId }) => void this.refreshReply(replyId));
    live(this.socket.on('post:updated'), () => void this.refreshPost());
    live(this.socket.on('post:deleted'), () => void this.refreshPost());
    live(this.socket.on('poll:updated'), () => void this.refreshPost());
    live(this.socket.on('typing'), ({ user }) => this.typingIndicator()?.typing(user));
    live(this.socket.on('reaction:changed'), ({ replyId, counts }) => {
      if (replyId) this.replaceReply(replyId, (reply) => ({ ...reply, reactions: withCounts(reply.reactions, counts) }));
      else this.post.update((post) => post && { ...post, reactions: withCounts(post.reactions, counts) });
    });
    this.socket.reconnected.pipe(takeUntilDestroyed()).subscribe(() => {
      void this.refreshPost();
      void this.newReplies(false);
    });
  }

  protected retry(): void {
    void this.load(this.id());
  }

  protected async showMore(): Promise<void> {
    const cursor = this.moreCursor();
    if (cursor) await this.fetchFrom(cursor);
  }

  protected postChanged(post: PostView): void {
    this.post.set(post);
  }

  protected replyChanged(reply: ReplyView): void {
    this.replaceReply(reply.id, () => reply);
  }

  protected quote(reply: ReplyView): void {
    this.composer()?.quoteReply(reply);
  }

  /** Your own reply: shown at once (the live event for it then finds nothing new). */
  protected sent(reply: ReplyView): void {
    if (!this.moreCursor()) this.append([reply]);
    this.post.update((post) => post && { ...post, replyCount: post.replyCount + 1 });
  }

  protected async accept(replyId: string | null): Promise<void> {
    const post = this.post();
    if (!post) return;
    this.error.set('');
    try {
      this.post.set(await this.api.acceptReply(post.id, replyId));
      this.replies.update((replies) => replies.map((reply) => ({ ...reply, accepted: reply.id === replyId })));
      this.announcement.set(replyId ? 'Marked as the accepted answer.' : 'Accepted answer removed.');
    } catch (error) {
      this.error.set(apiMessage(error, 'We couldn’t change the accepted answer. Try again.'));
    }
  }

  private async load(id: string): Promise<void> {
    this.state.set('loading');
    this.replies.set([]);
    this.tailCursor = undefined;
    try {
      this.post.set(await this.api.post(id));
      await this.fetchFrom(undefined);
      this.state.set('loaded');
      this.api.markSeen(id).catch(() => undefined);
    } catch (error) {
      this.state.set(isNotFound(error) ? 'not-found' : 'failed');
    }
  }

  /** Fetches one page from a cursor and appends the replies not shown yet. */
  private async fetchFrom(cursor: string | undefined): Promise<ReplyView[]> {
    const page = await this.api.replies(this.id(), cursor);
    const added = this.append(page.items);
    if (page.nextCursor) this.tailCursor = page.nextCursor;
    else if (cursor) this.tailCursor = cursor;
    this.moreCursor.set(page.nextCursor);
    return added;
  }

  /** Someone replied (or we reconnected): grow the thread at the bottom and say so, without moving focus. */
  private async newReplies(announce: boolean): Promise<void> {
    if (this.state() !== 'loaded') return;
    if (this.moreCursor()) {
      if (announce) this.announcement.set('New reply. Use “Show more replies” to read it.');
      return;
    }
    const added = await this.fetchFrom(this.tailCursor);
    for (const reply of added) this.typingIndicator()?.stopped(reply.author?.id ?? '');
    if (added.length > 0) {
      this.post.update((post) => post && { ...post, replyCount: post.replyCount + added.length });
      this.announcement.set(added.length === 1 ? `New reply from ${authorName(added[0].author)}` : `${added.length} new replies`);
    }
  }

  private append(items: ReplyView[]): ReplyView[] {
    const known = new Set(this.replies().map((reply) => reply.id));
    const added = items.filter((reply) => !known.has(reply.id));
    this.replies.update((replies) => [...replies, ...added]);
    return added;
  }

  private async refreshPost(): Promise<void> {
    try {
      this.post.set(await this.api.post(this.id()));
    } catch (error) {
      if (isNotFound(error)) this.state.set('not-found');
    }
  }

  private async refreshReply(replyId: string): Promise<void> {
    if (!this.replies().some((reply) => reply.id === replyId)) return;
    try {
      const reply = await this.api.getReply(replyId);
      this.replaceReply(replyId, () => reply);
    } catch (error) {
      if (isNotFound(error)) this.replies.update((replies) => replies.filter((reply) => reply.id !== replyId));
    }
  }

  private replaceReply(id: string, update: (reply: ReplyView) => ReplyView): void {
    this.replies.update((replies) => replies.map((reply) => (reply.id === id ? update(reply) : reply)));
  }
}
