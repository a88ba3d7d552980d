import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FeedPage, PostView } from '@moot/contracts';
import { SessionService } from '@moot/web/core/auth/session.service';
import { LocalStore } from '@moot/web/core/browser/local-store';
import { SocketService } from '@moot/web/core/realtime/socket.service';
import { settle } from '@moot/web-testing/settle';

import { Feed } from './feed';
import { FakeLiveSocket, aPost } from './testing/discussion-factories';

const FEED = '/api/feeds/groups/g1';

describe(Feed.name, () => {
  let fixture: ComponentFixture<Feed>;
  let http: HttpTestingController;
  let live: FakeLiveSocket;
  let root: HTMLElement;

  beforeEach(async () => {
    live = new FakeLiveSocket();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: SocketService, useValue: live }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Feed);
    fixture.componentRef.setInput('source', { kind: 'group', id: 'g1' });
    root = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => http.verify());

  function page(items: PostView[], headCursor: string | null = 'head-1'): FeedPage {
    return { items, nextCursor: null, headCursor };
  }

  async function loaded(items: PostView[] = [aPost()]): Promise<void> {
    http.expectOne(FEED).flush(page(items));
    await settle(fixture);
  }

  const button = (name: RegExp) => Array.from(root.querySelectorAll('button')).find((b) => name.test(b.textContent ?? ''));
  const cards = () => Array.from(root.querySelectorAll('article')).map((article) => article.id);
  const liveRegion = () => root.querySelector('[aria-live="polite"]')!.textContent?.trim();

  it('joins the group’s room', async () => {
    await loaded();

    expect(live.joined).toEqual(['group:g1']);
  });

  it('says the feed has stopped updating when the server closes the group’s room', async () => {
    await loaded();
    const notice = () => root.querySelector('.moot-notice[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
    live.fire('room:closed', { room: { kind: 'group', id: 'another-group' } });
    await settle(fixture);
    expect(notice()).toBeUndefined();

    live.fire('room:closed', { room: { kind: 'group', id: 'g1' } });
    await settle(fixture);
    expect(notice()).toBe('You no longer have access to this group, so these posts have stopped updating. Find your groups.');
  });

  it('waits behind a polite "new posts" button instead of inserting a new post', async () => {
    await loaded();

    live.fire('post:created', { postId: 'post-2', groupId: 'g1', cursor: 'c2' });
    await settle(fixture);

    expect(cards()).toEqual(['post-post-1']);
    expect(button(/Show 1 new post/)).toBeDefined();
    expect(liveRegion()).toBe('1 new post');
    http.expectNone((request) => request.url === FEED);
  });

  it('fetches what is newer than the head when the button is pressed, puts it on top and focuses it', async () => {
    await loaded();
    live.fire('post:created', { postId: 'post-2', groupId: 'g1', cursor: 'c2' });
    await settle(fixture);

    button(/Show 1 new post/)!.click();
    const request = http.expectOne((r) => r.url === FEED);
    expect(request.request.params.get('after')).toBe('head-1');
    request.flush(page([aPost({ id: 'post-2' })], 'head-2'));
    await settle(fixture);

    expect(cards()).toEqual(['post-post-2', 'post-post-1']);
    expect(button(/new post/)).toBeUndefined();
    expect(document.activeElement?.id).toBe('post-post-2');
  });

  it('ignores posts made in other groups', async () => {
    await loaded();

    live.fire('post:created', { postId: 'post-9', groupId: 'g-other', cursor: 'c9' });
    await settle(fixture);

    expect(button(/new post/)).toBeUndefined();
  });

  it('catches up with after= when the connection comes back', async () => {
    await loaded();

    live.reconnect();
    const request = http.expectOne((r) => r.url === FEED);
    expect(request.request.params.get('after')).toBe('head-1');
    request.flush(page([aPost({ id: 'post-3' })], 'head-3'));
    await settle(fixture);

    expect(button(/Show 1 new post/)).toBeDefined();
  });

  it('toggles a reaction, pressed state and count from the answer', async () => {
    await loaded();
    const like = button(/^\s*Like/)!;
    expect(like.getAttribute('aria-pressed')).toBe('false');

    like.click();
    const request = http.expectOne('/api/posts/post-1/reactions/like');
    expect(request.request.method).toBe('PUT');
    request.flush({ reactions: [{ kind: 'like', count: 2, mine: true }] });
    await settle(fixture);

    expect(button(/^\s*Like/)!.getAttribute('aria-pressed')).toBe('true');
    expect(button(/^\s*Like/)!.textContent).toContain('2');
  });

  it('updates reaction counts in place from reaction:changed', async () => {
    await loaded();

    live.fire('reaction:changed', { postId: 'post-1', replyId: null, counts: { like: 5 } });
    await settle(fixture);

    expect(button(/^\s*Like/)!.textContent).toContain('5');
  });

  it('votes in a poll and shows the results that come back', async () => {
    const poll = {
      options: [
        { id: 'o1', label: 'Tuesday', votes: null },
        { id: 'o2', label: 'Thursday', votes: null },
      ],
      multipleChoice: false,
      closesAt: null,
      closed: false,
      myVotes: [],
      resultsVisible: false,
      totalVoters: null,
    };
    await loaded([aPost({ type: 'poll', poll })]);

    const thursday = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]'))[1];
    thursday.checked = true;
    thursday.dispatchEvent(new Event('change'));
    await settle(fixture);
    button(/^Vote$/)!.click();
    const vote = http.expectOne('/api/posts/post-1/votes');
    expect(vote.request.body).toEqual({ optionIds: ['o2'] });
    const results = { ...poll, myVotes: ['o2'], resultsVisible: true, totalVoters: 1, options: [{ id: 'o1', label: 'Tuesday', votes: 0 }, { id: 'o2', label: 'Thursday', votes: 1 }] };
    vote.flush(aPost({ type: 'poll', poll: results }));
    await settle(fixture);

    expect(root.querySelector('.moot-poll-results')!.textContent).toContain('Thursday (your vote)');
    expect(root.querySelector('input[type="radio"]')).toBeNull();
  });

  it('refreshes a card in place on post:updated', async () => {
    await loaded();

    live.fire('post:updated', { postId: 'post-1', groupId: 'g1', cursor: 'c1' });
    http.expectOne('/api/posts/post-1').flush(aPost({ bodyHtml: '<p>Moved to Friday</p>', editedAt: '2026-11-20T15:00:00.000Z' }));
    await settle(fixture);

    expect(root.querySelector('.moot-post__body')!.textContent).toBe('Moved to Friday');
  });

  it('on the home feed, listens in each of your groups', async () => {
    fixture.componentRef.setInput('source', { kind: 'home' });
    await settle(fixture);
    http.expectOne(FEED).flush(page([aPost()]));
    http.expectOne('/api/feeds/home').flush(page([aPost()]));
    const mine = http.expectOne((r) => r.url === '/api/groups');
    expect(mine.request.params.get('mine')).toBe('true');
    mine.flush({ items: [{ id: 'g1' }, { id: 'g2' }], nextCursor: null });
    await settle(fixture);

    expect(live.joined).toEqual(['group:g1', 'group:g1', 'group:g2']);
    expect(live.left).toEqual(['group:g1']);
    live.fire('post:created', { postId: 'post-7', groupId: 'g2', cursor: 'c7' });
    await settle(fixture);
    expect(button(/Show 1 new post/)).toBeDefined();
  });
});

describe(`${Feed.name} unread marker`, () => {
  const saved = new Map<string, string>();

  it('marks where the posts you have already seen begin, and remembers the newest for next time', async () => {
    saved.set('moot:feed-read:u1:group:g1', '2026-11-20T10:00:00.000Z');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: SocketService, useValue: new FakeLiveSocket() },
        { provide: SessionService, useValue: { me: signal({ id: 'u1' }) } },
        { provide: LocalStore, useValue: { get: (key: string) => saved.get(key) ?? null, set: (key: string, value: string) => saved.set(key, value) } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Feed);
    fixture.componentRef.setInput('source', { kind: 'group', id: 'g1' });
    await settle(fixture);

    http.expectOne(FEED).flush({
      items: [
        aPost({ id: 'new-2', createdAt: '2026-11-22T09:00:00.000Z' }),
        aPost({ id: 'new-1', createdAt: '2026-11-21T09:00:00.000Z' }),
        aPost({ id: 'old-1', createdAt: '2026-11-19T09:00:00.000Z' }),
      ],
      nextCursor: null,
      headCursor: 'h',
    } satisfies FeedPage);
    await settle(fixture);

    const items = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.moot-feed__list > li'));
    const markerAt = items.findIndex((item) => item.classList.contains('moot-feed__marker'));
    expect(markerAt).toBe(2);
    expect(items[markerAt].textContent).toContain('you have seen these');
    expect(saved.get('moot:feed-read:u1:group:g1')).toBe('2026-11-22T09:00:00.000Z');
    http.verify();
  });
});
