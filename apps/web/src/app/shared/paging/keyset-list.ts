import { Injector, afterNextRender, inject, signal } from '@angular/core';

/** What the results area shows: nothing asked yet, waiting for the first page, the list, or the first page failed. */
export type KeysetListState = 'idle' | 'loading' | 'ready' | 'failed';

/** One page of a keyset-paged answer, as the API sends it. */
export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface KeysetListOptions<Q, T> {
  /** Asks for one page: the first without a cursor, each later one with the previous page's `nextCursor`. */
  fetch: (query: Q, cursor?: string) => Promise<KeysetPage<T>>;
  /** What the live region says once the first page has come (`count` may be 0). */
  announceFirst: (count: number, hasMore: boolean) => string;
  /** What the live region says once "show more" has added a page. */
  announceMore: (count: number, hasMore: boolean) => string;
  /** Puts focus on the first item "show more" added, once it is on screen (the button may have gone). */
  focusFirstNew: (item: T) => void;
  /** Called when the first page of the latest query fails, after the state becomes 'failed'. */
  onFailed?: (error: unknown) => void;
  /** The state before the first load: 'idle' where the page starts empty, 'loading' where it lists at once. */
  initialState?: 'idle' | 'loading';
  /** Needed only when the list is made outside an injection context. */
  injector?: Injector;
}

/**
 * The state of a keyset-paged list whose query lives in the URL: `load` starts a new query (answers to
 * older ones are dropped), `showMore` appends the next page and moves focus to its first item, and
 * `announcement` is the text for the page's live region.
 */
export class KeysetList<Q, T> {
  private readonly injector: Injector;
  /** Bumped by every load, so an answer can tell whether a newer query has started since it was asked. */
  private loadNumber = 0;
  /** The query the list is showing (boxed: a query may itself be null); null after `clear`. */
  private query: { value: Q } | null = null;

  private readonly stateSignal = signal<KeysetListState>('idle');
  private readonly itemsSignal = signal<T[]>([]);
  private readonly nextCursorSignal = signal<string | null>(null);
  private readonly loadingMoreSignal = signal(false);
  private readonly moreFailedSignal = signal(false);
  private readonly announcementSignal = signal('');

  readonly state = this.stateSignal.asReadonly();
  readonly items = this.itemsSignal.asReadonly();
  readonly nextCursor = this.nextCursorSignal.asReadonly();
  readonly loadingMore = this.loadingMoreSignal.asReadonly();
  readonly moreFailed = this.moreFailedSignal.asReadonly();
  readonly announcement = this.announcementSignal.asReadonly();

  constructor(private readonly options: KeysetListOptions<Q, T>) {
    this.injector = options.injector ?? inject(Injector);
    this.stateSignal.set(options.initialState ?? 'idle');
  }

  /** Starts again from the first page of `query`. */
  load(query: Q): void {
    this.query = { value: query };
    void this.loadFirstPage(query, this.start());
  }

  /**
   * Empties the list without asking the server, e.g. 'idle' while there is nothing to search for, or
   * 'ready' when the query cannot be answered as it stands. Answers still on their way are dropped.
   */
  clear(state: 'idle' | 'ready'): void {
    this.query = null;
    this.start();
    this.stateSignal.set(state);
    this.announcementSignal.set('');
  }

  /** Asks again for the first page of the last query (after a failure). */
  retry(): void {
    if (this.query) this.load(this.query.value);
  }

  /** A check that stays true until a newer load (or clear) starts: for side requests that belong to this one. */
  isLatest(): () => boolean {
    const loadNumber = this.loadNumber;
    return () => loadNumber === this.loadNumber;
  }

  /** Replaces the live region's text, e.g. to empty it when the page explains a failure itself. */
  announce(text: string): void {
    this.announcementSignal.set(text);
  }

  async showMore(): Promise<void> {
    const cursor = this.nextCursorSignal();
    if (!cursor || !this.query || this.loadingMoreSignal()) return;
    const isLatest = this.isLatest();
    this.loadingMoreSignal.set(true);
    this.moreFailedSignal.set(false);
    try {
      const page = await this.options.fetch(this.query.value, cursor);
      if (!isLatest()) return;
      this.itemsSignal.update((items) => [...items, ...page.items]);
      this.nextCursorSignal.set(page.nextCursor);
      this.announcementSignal.set(this.options.announceMore(page.items.length, page.nextCursor !== null));
      const first = page.items[0];
      if (first !== undefined) afterNextRender(() => this.options.focusFirstNew(first), { injector: this.injector });
    } catch {
      if (isLatest()) this.moreFailedSignal.set(true);
    } finally {
      if (isLatest()) this.loadingMoreSignal.set(false);
    }
  }

  private start(): () => boolean {
    this.loadNumber += 1;
    this.itemsSignal.set([]);
    this.nextCursorSignal.set(null);
    this.loadingMoreSignal.set(false);
    this.moreFailedSignal.set(false);
    return this.isLatest();
  }

  private async loadFirstPage(query: Q, isLatest: () => boolean): Promise<void> {
    this.stateSignal.set('loading');
    try {
      const page = await this.options.fetch(query);
      if (!isLatest()) return;
      this.itemsSignal.set(page.items);
      this.nextCursorSignal.set(page.nextCursor);
      this.stateSignal.set('ready');
      this.announcementSignal.set(this.options.announceFirst(page.items.length, page.nextCursor !== null));
    } catch (error) {
      if (!isLatest()) return;
      this.stateSignal.set('failed');
      this.options.onFailed?.(error);
    }
  }
}
