import { CdkConnectedOverlay, CdkOverlayOrigin, ConnectedPosition } from '@angular/cdk/overlay';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { NotificationView } from '@moot/contracts';
import { SocketService } from '@moot/web/core/realtime/socket.service';

import { NotificationsApi } from './notifications-api';
import { bellLabel, timeAgo } from './notification-words';

type ListState = 'idle' | 'loading' | 'ready' | 'failed';

const BELOW_END: ConnectedPosition[] = [
  { originX: 'end', originY: 'bottom', overlayX: 'end', overlayY: 'top', offsetY: 8 },
  { originX: 'start', originY: 'bottom', overlayX: 'start', overlayY: 'top', offsetY: 8 },
];

/**
 * The header's bell: the unread count (kept live by `notification:new`) and a panel of your
 * notifications. Esc or choosing a notification closes the panel; Esc puts focus back on the bell.
 */
@Component({
  selector: 'moot-notification-bell',
  imports: [CdkConnectedOverlay, CdkOverlayOrigin, MatButton, RouterLink],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly bell = viewChild.required<string, ElementRef<HTMLButtonElement>>('bell', { read: ElementRef });
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  /** Answers to an older request for the first page are dropped when a newer one has started. */
  private listNumber = 0;

  protected readonly positions = BELOW_END;
  protected readonly unread = signal(0);
  protected readonly label = computed(() => bellLabel(this.unread()));
  protected readonly open = signal(false);
  protected readonly state = signal<ListState>('idle');
  protected readonly items = signal<NotificationView[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly actionFailed = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly timeAgo = timeAgo;

  constructor() {
    void this.loadCount();
    const live = inject(SocketService);
    live
      .on('notification:new')
      .pipe(takeUntilDestroyed())
      .subscribe(({ unreadCount }) => {
        this.unread.set(unreadCount);
        this.announcement.set(`New notification. ${bellLabel(unreadCount)}.`);
        if (this.open()) void this.loadFirstPage();
      });
    live.reconnected.pipe(takeUntilDestroyed()).subscribe(() => void this.loadCount());
  }

  protected toggle(): void {
    if (this.open()) this.close(true);
    else this.show();
  }

  protected close(returnFocus: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (returnFocus) this.bell().nativeElement.focus();
  }

  protected keydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.close(true);
  }

  protected outsideClick(event: MouseEvent): void {
    // A click on the bell itself toggles the panel through its own handler.
    if (event.target instanceof Node && this.bell().nativeElement.contains(event.target)) return;
    this.close(false);
  }

  protected async follow(event: MouseEvent, item: NotificationView): Promise<void> {
    const newTab = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
    if (!newTab) {
      event.preventDefault();
      this.close(false);
      void this.router.navigateByUrl(item.link);
    }
    if (item.read) return;
    this.items.update((items) => items.map((candidate) => (candidate.id === item.id ? { ...candidate, read: true } : candidate)));
    this.unread.update((count) => Math.max(0, count - 1));
    try {
      await this.api.markRead(item.id);
    } catch {
      // Still unread on the server: the count will come right with the next notification or visit.
    }
  }

  protected async markAllRead(): Promise<void> {
    this.actionFailed.set(null);
    try {
      await this.api.markAllRead();
      this.items.update((items) => items.map((item) => ({ ...item, read: true })));
      this.unread.set(0);
      this.announcement.set('All notifications marked as read.');
    } catch {
      this.actionFailed.set("We couldn't mark your notifications as read. Try again.");
    }
  }

  protected async showMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    const listNumber = this.listNumber;
    this.loadingMore.set(true);
    this.actionFailed.set(null);
    try {
      const page = await this.api.page(cursor);
      if (listNumber !== this.listNumber) return;
      this.items.update((items) => [...items, ...page.items.filter((item) => !items.some((shown) => shown.id === item.id))]);
      this.nextCursor.set(page.nextCursor);
      this.unread.set(page.unreadCount);
    } catch {
      if (listNumber === this.listNumber) this.actionFailed.set("We couldn't load more notifications. Try again.");
    } finally {
      if (listNumber === this.listNumber) this.loadingMore.set(false);
    }
  }

  protected retry(): void {
    void this.loadFirstPage();
  }

  private show(): void {
    this.open.set(true);
    void this.loadFirstPage();
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }

  private async loadCount(): Promise<void> {
    try {
      this.unread.set(await this.api.unreadCount());
    } catch {
      // The bell still works without a count; opening it loads the list and the count.
    }
  }

  private async loadFirstPage(): Promise<void> {
    const listNumber = ++this.listNumber;
    if (this.items().length === 0) this.state.set('loading');
    this.loadingMore.set(false);
    this.actionFailed.set(null);
    try {
      const page = await this.api.page();
      if (listNumber !== this.listNumber) return;
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.unread.set(page.unreadCount);
      this.state.set('ready');
    } catch {
      if (listNumber === this.listNumber) this.state.set('failed');
    }
  }
}
