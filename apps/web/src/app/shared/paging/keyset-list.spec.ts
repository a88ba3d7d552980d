import { Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { KeysetList, KeysetListOptions, KeysetPage } from './keyset-list';

interface Item {
  id: string;
}

/** A fetch whose answers the test hands out one by one, in any order. */
class FakeServer {
  readonly asked: { query: string; cursor: string | undefined; answer: (page: KeysetPage<Item>) => void; fail: (error: unknown) => void }[] = [];

  readonly fetch = (query: string, cursor?: string): Promise<KeysetPage<Item>> =>
    new Promise((answer, fail) => this.asked.push({ query, cursor, answer, fail }));
}

const page = (ids: string[], nextCursor: string | null = null): KeysetPage<Item> => ({ items: ids.map((id) => ({ id })), nextCursor });
/** Lets the list's `await` of an answered fetch carry on. */
const answered = () => new Promise((resolve) => setTimeout(resolve));

describe(KeysetList.name, () => {
  let server: FakeServer;
  let focused: string[];
  let failures: unknown[];

  beforeEach(() => {
    server = new FakeServer();
    focused = [];
    failures = [];
  });

  function makeList(options: Partial<KeysetListOptions<string, Item>> = {}): KeysetList<string, Item> {
    return new KeysetList<string, Item>({
      fetch: server.fetch,
      announceFirst: (count, hasMore) => `${count} found${hasMore ? ' and more' : ''}.`,
      announceMore: (count, hasMore) => `${count} more shown.${hasMore ? '' : ' That is all.'}`,
      focusFirstNew: (item) => focused.push(item.id),
      onFailed: (error) => failures.push(error),
      injector: TestBed.inject(Injector),
      ...options,
    });
  }

  it('starts in the state the page asks for', () => {
    expect(makeList().state()).toBe('idle');
    expect(makeList({ initialState: 'loading' }).state()).toBe('loading');
  });

  it('loads the first page of a query and announces what it found', async () => {
    const list = makeList();
    list.load('skills');
    expect(list.state()).toBe('loading');
    expect(server.asked).toEqual([expect.objectContaining({ query: 'skills', cursor: undefined })]);

    server.asked[0]!.answer(page(['a', 'b'], 'next-1'));
    await answered();

    expect(list.state()).toBe('ready');
    expect(list.items().map((item) => item.id)).toEqual(['a', 'b']);
    expect(list.nextCursor()).toBe('next-1');
    expect(list.announcement()).toBe('2 found and more.');
  });

  it('drops the answer to an older query once a newer one has started', async () => {
    const list = makeList();
    list.load('old');
    list.load('new');
    server.asked[1]!.answer(page(['new-1']));
    await answered();
    server.asked[0]!.answer(page(['old-1'], 'old-next'));
    await answered();

    expect(list.items().map((item) => item.id)).toEqual(['new-1']);
    expect(list.nextCursor()).toBeNull();
    expect(list.announcement()).toBe('1 found.');
  });

  it('appends the next page, announces it and focuses its first item once rendered', async () => {
    const list = makeList();
    list.load('q');
    server.asked[0]!.answer(page(['a'], 'next-1'));
    await answered();

    const more = list.showMore();
    expect(list.loadingMore()).toBe(true);
    expect(server.asked[1]).toEqual(expect.objectContaining({ query: 'q', cursor: 'next-1' }));
    server.asked[1]!.answer(page(['b', 'c']));
    await more;

    expect(list.items().map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(list.nextCursor()).toBeNull();
    expect(list.loadingMore()).toBe(false);
    expect(list.announcement()).toBe('2 more shown. That is all.');
    expect(focused).toEqual([]);
    TestBed.tick();
    expect(focused).toEqual(['b']);
  });

  it('asks for one more page at a time, and none when there is no cursor', async () => {
    const list = makeList();
    void list.showMore();
    list.load('q');
    server.asked[0]!.answer(page(['a'], 'next-1'));
    await answered();

    void list.showMore();
    void list.showMore();
    expect(server.asked).toHaveLength(2);
  });

  it('drops a page of "show more" that comes after a new query started', async () => {
    const list = makeList();
    list.load('first');
    server.asked[0]!.answer(page(['a'], 'next-1'));
    await answered();
    const more = list.showMore();
    list.load('second');
    server.asked[1]!.answer(page(['stale']));
    await more;

    expect(list.items()).toEqual([]);
    expect(list.state()).toBe('loading');
    expect(list.loadingMore()).toBe(false);
  });

  it('says when "show more" failed and keeps what is shown', async () => {
    const list = makeList();
    list.load('q');
    server.asked[0]!.answer(page(['a'], 'next-1'));
    await answered();
    const more = list.showMore();
    server.asked[1]!.fail(new Error('offline'));
    await more;

    expect(list.moreFailed()).toBe(true);
    expect(list.loadingMore()).toBe(false);
    expect(list.items().map((item) => item.id)).toEqual(['a']);
    expect(list.nextCursor()).toBe('next-1');
  });

  it('fails the latest query only, tells the page why, and retries it', async () => {
    const list = makeList();
    list.load('old');
    list.load('new');
    server.asked[0]!.fail(new Error('old failure'));
    await answered();
    expect(list.state()).toBe('loading');
    expect(failures).toEqual([]);

    const error = new Error('new failure');
    server.asked[1]!.fail(error);
    await answered();
    expect(list.state()).toBe('failed');
    expect(failures).toEqual([error]);

    list.retry();
    expect(list.state()).toBe('loading');
    expect(server.asked[2]).toEqual(expect.objectContaining({ query: 'new', cursor: undefined }));
  });

  it('clears to the given state without asking, and drops answers still on their way', async () => {
    const list = makeList();
    list.load('q');
    server.asked[0]!.answer(page(['a'], 'next-1'));
    await answered();
    list.load('again');
    list.clear('idle');
    server.asked[1]!.answer(page(['late']));
    await answered();

    expect(list.state()).toBe('idle');
    expect(list.items()).toEqual([]);
    expect(list.nextCursor()).toBeNull();
    expect(list.announcement()).toBe('');
    list.retry();
    expect(server.asked).toHaveLength(2);
  });

  it('gives side requests a check that turns false when a newer query starts', () => {
    const list = makeList();
    list.load('first');
    const isLatest = list.isLatest();
    expect(isLatest()).toBe(true);
    list.load('second');
    expect(isLatest()).toBe(false);
  });
});
