import { ChangeDetectionStrategy, Component, DestroyRef, Injector, afterNextRender, computed, effect, inject, input, signal, untracked, viewChildren } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { GroupDetail, PostChange, PostView, RoomRef } from '@moot/contracts';
import { SessionService } from '@moot/web/core/auth/session.service';
import { LocalStore } from '@moot/web/core/browser/local-store';
import { SocketService } from '@moot/web/core/realtime/socket.service';
import { GroupsApi } from '@moot/web/features/groups/groups-api';
import { Observable } from 'rxjs';

import { Composer } from './composer';
import { DiscussionApi, FeedSource } from './discussion-api';
import { plural, withCounts } from './discussion-words';
import { PostCard } from './post-card';

/**
 * A feed of post cards (group, home, person or topic), newest first with pinned posts on top.
 * New posts never push the page down: a "N new posts" button waits at the top until asked for.
 */
@Component({
  selector: 'moot-feed',
  imports: [RouterLink, MatButton, Composer, PostCard],
  templateUrl: './feed.html',
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Feed {
  private readonly api = inject(DiscussionApi);
  private readonly socket = inject(SocketService);
  private readonly groups = inject(GroupsApi);
  private readonly injector = inject(Injector);
  private readonly store = inject(LocalStore);
  private readonly session = inject(SessionService);
  private readonly cards = viewChildren(PostCard);

  readonly source = input.required<FeedSource>();
  /** Shows the composer for this group (when you may post). */
  readonly group = input<GroupDetail | null>(null);
  readonly composer = input(false);
  /** Said when the feed is empty. */
  readonly emptyText = input('No posts yet.');

  protected readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly posts = signal<PostView[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingOlder = signal(false);
  /** Posts created since the list was fetched, not shown yet. */
  protected readonly waiting = signal<ReadonlySet<string>>(new Set());
  protected readonly announcement = signal('');
  /** The server took this person out of the feed's room (they lost access to the group): it no longer updates. */
  protected readonly accessLost = signal(false);
  protected readonly ordered = computed(() => [...this.posts()].sort((a, b) => Number(b.pinned) - Number(a.pinned)));
  protected readonly newPosts = computed(() => plural(this.waiting().size, 'new post', 'new posts'));
  /** When this feed was last read on this device: posts after it get a "new since your last visit" marker. */
  protected readonly lastVisit = signal<string | null>(null);
  /** The first post older than the last visit, where the marker goes (none when nothing is new). */
  protected readonly firstSeenId = computed(() => {
    const since = this.lastVisit();
    if (!since) return null;
    const posts = this.ordered().filter((post) => !post.pinned);
    const firstOld = posts.findIndex((post) => post.createdAt <= since);
    return firstOld > 0 ? posts[firstOld].id : null;
  });
  private headCursor: string | null = null;
  private generation = 0;

  constructor() {
    effect((onCleanup) => {
      const source = this.source();
      const rooms: RoomRef[] = [];
      const room = roomOf(source);
      if (room) rooms.push(room);
      let active = true;
      untracked(() => {
        void this.load(source);
        if (room) void this.socket.join(room);
        if (source.kind === 'home') void this.joinMyGroups(rooms, () => active);
      });
      onCleanup(() => {
        active = false;
        rooms.forEach((held) => this.socket.leave(held));
      });
    });
    const destroyRef = inject(DestroyRef);
    const live = <T>(stream: Observable<T>, handle: (payload: T) => void) => stream.pipe(takeUntilDestroyed(destroyRef)).subscribe(handle);
    live(this.socket.on('post:created'), (change) => this.created(change));
    live(this.socket.on('post:updated'), ({ postId }) => void this.refresh(postId));
    live(this.socket.on('post:deleted'), ({ postId }) => void this.refresh(postId));
    live(this.socket.on('poll:updated'), ({ postId }) => void this.refresh(postId));
    live(this.socket.on('reply:created'), ({ postId }) => void this.refresh(postId));
    live(this.socket.on('reaction:changed'), ({ postId, replyId, counts }) => {
      if (replyId === null) this.replace(postId, (post) => ({ ...post, reactions: withCounts(post.reactions, counts) }));
    });
    live(this.socket.reconnected, () => void this.catchUp());
    live(this.socket.on('room:closed'), ({ room }) => {
      const mine = roomOf(this.source());
      if (mine && mine.kind === room.kind && mine.id === room.id) this.accessLost.set(true);
    });
  }

  protected retry(): void {
    void this.load(this.source());
  }

  /** The "N new posts" button: fetch what is newer than the head and put it on top, then focus it. */
  protected async showNew(): Promise<void> {
    const firstNew = await this.fetchNewer();
    this.waiting.set(new Set());
    this.announcement.set('');
    if (firstNew) this.focusPost(firstNew);
  }

  protected async older(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingOlder()) return;
    this.loadingOlder.set(true);
    try {
      const page = await this.api.feed(this.source(), { cursor });
      const known = new Set(this.posts().map((post) => post.id));
      this.posts.update((posts) => [...posts, ...page.items.filter((post) => !known.has(post.id))]);
      this.nextCursor.set(page.nextCursor);
    } finally {
      this.loadingOlder.set(false);
    }
  }

  /** Your own new post goes straight on top, with focus on it. */
  protected posted(post: PostView): void {
    this.posts.update((posts) => [post, ...posts.filter((other) => other.id !== post.id)]);
    this.waiting.update((ids) => without(ids, post.id));
    this.focusPost(post.id);
  }

  protected changed(post: PostView): void {
    this.replace(post.id, () => post);
  }

  protected removed(id: string): void {
    this.posts.update((posts) => posts.filter((post) => post.id !== id));
  }

  private async load(source: FeedSource): Promise<void> {
    const generation = ++this.generation;
    this.status.set('loading');
    try {
      const page = await this.api.feed(source);
      if (generation !== this.generation) return;
      this.posts.set(page.items);
      this.markVisit(source, page.items);
      this.nextCursor.set(page.nextCursor);
      this.headCursor = page.headCursor;
      this.waiting.set(new Set());
      this.status.set('loaded');
    } catch {
      if (generation === this.generation) this.status.set('failed');
    }
  }

  /** Remembers the newest post seen now, after reading the previous mark for the unread marker. */
  private markVisit(source: FeedSource, items: PostView[]): void {
    const userId = this.session.me()?.id;
    if (!userId) return;
    const key = `moot:feed-read:${userId}:${source.kind}:${'id' in source ? source.id : 'topic' in source ? source.topic : ''}`;
    this.lastVisit.set(this.store.get(key));
    const newest = items.filter((post) => !post.pinned).map((post) => post.createdAt).sort().at(-1);
    if (newest) this.store.set(key, newest);
  }

  /** Group posts are sent to group rooms, so the home feed listens in each of your groups. */
  private async joinMyGroups(rooms: RoomRef[], active: () => boolean): Promise<void> {
    try {
      const { items } = await this.groups.directory({ mine: true, limit: MY_GROUPS_LISTENED });
      if (!active()) return;
      for (const group of items) {
        const room: RoomRef = { kind: 'group', id: group.id };
        rooms.push(room);
        void this.socket.join(room);
      }
    } catch {
      // The feed still works; it just is not live for group posts until the page is opened again.
    }
  }

  private created(change: PostChange): void {
    const source = this.source();
    if (source.kind === 'group' && change.groupId !== source.id) return;
    if (this.status() !== 'loaded' || this.posts().some((post) => post.id === change.postId)) return;
    this.waiting.update((ids) => new Set(ids).add(change.postId));
    this.announcement.set(this.newPosts());
  }

  /** After a dropped connection: anything newer waits behind the button; visible cards are refreshed. */
  private async catchUp(): Promise<void> {
    if (this.status() !== 'loaded') return;
    const page = await this.api.feed(this.source(), this.headCursor ? { after: this.headCursor } : {});
    const known = new Set(this.posts().map((post) => post.id));
    const fresh = page.items.filter((post) => !known.has(post.id));
    for (const post of page.items) if (known.has(post.id)) this.replace(post.id, () => post);
    if (fresh.length === 0) return;
    this.waiting.update((ids) => new Set([...ids, ...fresh.map((post) => post.id)]));
    this.announcement.set(this.newPosts());
  }

  /** Prepends posts newer than the head cursor (a full page means ask again); returns the newest one's id. */
  private async fetchNewer(): Promise<string | null> {
    const fresh: PostView[] = [];
    for (let round = 0; round < MAX_CATCH_UP_PAGES; round++) {
      const page = await this.api.feed(this.source(), this.headCursor ? { after: this.headCursor } : {});
      fresh.unshift(...page.items);
      if (page.headCursor) this.headCursor = page.headCursor;
      if (!this.headCursor || page.items.length < FEED_PAGE_SIZE) break;
    }
    const known = new Set(this.posts().map((post) => post.id));
    const added = fresh.filter((post, index) => !known.has(post.id) && fresh.findIndex((other) => other.id === post.id) === index);
    this.posts.update((posts) => [...added, ...posts]);
    return added[0]?.id ?? null;
  }

  private async refresh(postId: string): Promise<void> {
    if (!this.posts().some((post) => post.id === postId)) return;
    try {
      const post = await this.api.post(postId);
      this.replace(postId, () => post);
    } catch {
      // Gone or out of reach (404): take it out rather than show stale text.
      this.removed(postId);
    }
  }

  private replace(id: string, update: (post: PostView) => PostView): void {
    this.posts.update((posts) => posts.map((post) => (post.id === id ? update(post) : post)));
  }

  private focusPost(id: string): void {
    afterNextRender(() => this.cards().find((card) => card.post().id === id)?.focus(), { injector: this.injector });
  }
}

/** The API's default page size: a full page of catch-up means there may be more. */
const FEED_PAGE_SIZE = 20;
const MAX_CATCH_UP_PAGES = 5;
const MY_GROUPS_LISTENED = 100;

function roomOf(source: FeedSource): RoomRef | null {
  if (source.kind === 'group') return { kind: 'group', id: source.id };
  if (source.kind === 'topic') return { kind: 'topic', id: source.topic };
  return null;
}

function without(ids: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(ids);
  next.delete(id);
  return next;
}
