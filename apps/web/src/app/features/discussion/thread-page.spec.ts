import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SocketService } from '@moot/web/core/realtime/socket.service';
import { settle } from '@moot/web-testing/settle';

import { ThreadPage } from './thread-page';
import { TYPING_SHOWN_MS } from './typing-indicator';
import { FakeLiveSocket, aPost, aReply, liam } from './testing/discussion-factories';

describe(ThreadPage.name, () => {
  let http: HttpTestingController;
  let live: FakeLiveSocket;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(async () => {
    live = new FakeLiveSocket();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'posts/:id', component: ThreadPage }], withComponentInputBinding()),
        { provide: SocketService, useValue: live },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/posts/post-1', ThreadPage);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/posts/post-1').flush(aPost({ replyCount: 1 }));
    await settle(harness.fixture);
    http.expectOne((r) => r.url === '/api/posts/post-1/replies').flush({ items: [aReply()], nextCursor: null });
    await settle(harness.fixture);
    http.expectOne('/api/posts/post-1/seen').flush(null);
  });

  afterEach(() => http.verify());

  const replies = () => Array.from(page.querySelectorAll('.moot-reply')).map((reply) => reply.id);
  const liveRegion = () => page.querySelector('[aria-live="polite"]')!.textContent?.trim();
  const typingText = () => page.querySelector('.moot-typing')!.textContent?.trim();

  it('shows the post and its replies, joins the post’s room and marks it seen', () => {
    expect(page.querySelector('h1')!.textContent).toBe('Post by Priya Shah');
    expect(replies()).toEqual(['reply-reply-1']);
    expect(live.joined).toEqual(['post:post-1']);
  });

  it('says the conversation has stopped updating when the server closes the post’s room', async () => {
    const notice = () => page.querySelector('.moot-notice[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
    live.fire('room:closed', { room: { kind: 'post', id: 'another-post' } });
    await settle(harness.fixture);
    expect(notice()).toBeUndefined();

    live.fire('room:closed', { room: { kind: 'post', id: 'post-1' } });
    await settle(harness.fixture);
    expect(notice()).toBe('You no longer have access to this post’s group, so this conversation has stopped updating. Find your groups.');
  });

  it('appends a live reply at the bottom and says who it is from, without moving focus', async () => {
    const focused = document.activeElement;

    live.fire('reply:created', { postId: 'post-1', replyId: 'reply-2', groupId: 'g1' });
    http
      .expectOne((r) => r.url === '/api/posts/post-1/replies')
      .flush({ items: [aReply(), aReply({ id: 'reply-2', author: { ...liam, id: 'p-sean', displayName: 'Sean Murphy' } })], nextCursor: null });
    await settle(harness.fixture);

    expect(replies()).toEqual(['reply-reply-1', 'reply-reply-2']);
    expect(liveRegion()).toBe('New reply from Sean Murphy');
    expect(document.activeElement).toBe(focused);
  });

  it('shows who is typing, and stops after a quiet spell', async () => {
    jest.useFakeTimers();
    try {
      live.fire('typing', { postId: 'post-1', user: { id: 'p-liam', displayName: 'Liam Walsh' } });
      harness.fixture.detectChanges();
      expect(typingText()).toBe('Liam Walsh is typing…');

      jest.advanceTimersByTime(TYPING_SHOWN_MS + 1);
      harness.fixture.detectChanges();
      expect(typingText()).toBe('');
    } finally {
      jest.useRealTimers();
    }
  });

  it('sends typing at most once every two seconds while you type', async () => {
    const area = page.querySelector<HTMLTextAreaElement>('#reply-body')!;
    for (const text of ['H', 'He', 'Hel']) {
      area.value = text;
      area.dispatchEvent(new Event('input'));
    }
    await settle(harness.fixture);

    expect(live.typed).toEqual(['post-1']);
  });

  it('pre-fills the quote when you press Quote on a reply, and sends it with the reply', async () => {
    const quote = Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.includes('Quote'))!;
    quote.click();
    await settle(harness.fixture);
    expect(page.querySelector('.moot-composer .moot-quote')!.textContent).toContain('Quoting Liam Walsh');

    const area = page.querySelector<HTMLTextAreaElement>('#reply-body')!;
    area.value = 'Agreed';
    area.dispatchEvent(new Event('input'));
    Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Send reply')!.click();
    const sent = http.expectOne('/api/posts/post-1/replies');
    expect(sent.request.body).toEqual({ body: 'Agreed', quoteReplyId: 'reply-1' });
    sent.flush(aReply({ id: 'reply-3', body: 'Agreed', bodyHtml: '<p>Agreed</p>' }));
    await settle(harness.fixture);

    expect(replies()).toEqual(['reply-reply-1', 'reply-reply-3']);
  });
});
