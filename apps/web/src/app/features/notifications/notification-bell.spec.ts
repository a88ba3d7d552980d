import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SocketService } from '@moot/web/core/realtime/socket.service';
import { FakeLiveSocket } from '@moot/web/features/discussion/testing/discussion-factories';
import { settle } from '@moot/web-testing/settle';

import { NotificationBell } from './notification-bell';
import { aNotification } from './testing-notifications';

@Component({ template: '<h1>Post</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class PostPage {}

describe(NotificationBell.name, () => {
  let fixture: ComponentFixture<NotificationBell>;
  let http: HttpTestingController;
  let live: FakeLiveSocket;
  let host: HTMLElement;

  beforeEach(async () => {
    live = new FakeLiveSocket();
    TestBed.configureTestingModule({
      imports: [NotificationBell],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'posts/:id', component: PostPage }]),
        { provide: SocketService, useValue: live },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationBell);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    http.expectOne('/api/notifications/unread-count').flush({ unreadCount: 3 });
    await settle(fixture);
  });

  afterEach(() => {
    http.verify();
    host.remove();
  });

  const bell = () => host.querySelector<HTMLButtonElement>('button.moot-bell')!;
  const panel = () => document.querySelector<HTMLElement>('#notifications-panel');
  const liveRegion = () => host.querySelector('[aria-live="polite"]')?.textContent?.trim();
  const panelButton = (text: string) =>
    Array.from(panel()?.querySelectorAll('button') ?? []).find((button) => button.textContent?.trim() === text);
  const itemTexts = () => Array.from(panel()?.querySelectorAll('li') ?? []).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
  const firstPage = () => http.expectOne((request) => request.url === '/api/notifications' && !request.params.has('cursor'));

  async function openPanel(): Promise<void> {
    bell().click();
    await settle(fixture);
    firstPage().flush({
      items: [aNotification(), aNotification({ id: 'n2', text: 'Priya Shah mentioned you', link: '/posts/post-2', read: true })],
      nextCursor: 'c2',
      unreadCount: 3,
    });
    await settle(fixture);
  }

  it('names the bell with the unread count from /api/notifications/unread-count and shows a badge', () => {
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(host.querySelector('.moot-bell__badge')?.textContent?.trim()).toBe('3');
  });

  it('updates the count from notification:new and says so politely, without moving focus', async () => {
    const before = document.activeElement;
    live.fire('notification:new', { notificationId: 'n9', unreadCount: 4 });
    await settle(fixture);

    expect(bell().getAttribute('aria-label')).toBe('Notifications, 4 unread');
    expect(liveRegion()).toContain('New notification');
    expect(document.activeElement).toBe(before);
    http.expectNone('/api/notifications');
  });

  it('lists notifications with an unread marker in words, and refetches the first page on notification:new while open', async () => {
    await openPanel();

    expect(bell().getAttribute('aria-expanded')).toBe('true');
    expect(itemTexts()).toEqual(['Unread: Sam Jones replied to your post. 5 minutes ago', 'Priya Shah mentioned you. 5 minutes ago']);
    expect(document.activeElement?.id).toBe('notifications-heading');

    live.fire('notification:new', { notificationId: 'n3', unreadCount: 4 });
    await settle(fixture);
    firstPage().flush({ items: [aNotification({ id: 'n3', text: 'Sam Jones and 1 other replied to your post' })], nextCursor: null, unreadCount: 4 });
    await settle(fixture);

    expect(itemTexts()).toEqual(['Unread: Sam Jones and 1 other replied to your post. 5 minutes ago']);
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 4 unread');
  });

  it('marks a notification read when it is followed, and opens its link', async () => {
    await openPanel();

    panel()!.querySelector<HTMLAnchorElement>('a[href="/posts/post-1"]')!.click();
    const read = http.expectOne({ method: 'PUT', url: '/api/notifications/n1/read' });
    read.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/posts/post-1');
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 2 unread');
    expect(panel()).toBeNull();
  });

  it('marks everything read', async () => {
    await openPanel();

    panelButton('Mark all as read')!.click();
    http.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(bell().getAttribute('aria-label')).toBe('Notifications');
    expect(host.querySelector('.moot-bell__badge')).toBeNull();
    expect(itemTexts().every((text) => !text?.startsWith('Unread'))).toBe(true);
    expect(liveRegion()).toBe('All notifications marked as read.');
  });

  it('shows more with the cursor', async () => {
    await openPanel();

    panelButton('Show more')!.click();
    const more = http.expectOne((request) => request.url === '/api/notifications' && request.params.get('cursor') === 'c2');
    more.flush({ items: [aNotification({ id: 'n7', text: 'Kwame Mensah endorsed your skill', read: true })], nextCursor: null, unreadCount: 3 });
    await settle(fixture);

    expect(itemTexts()).toHaveLength(3);
    expect(panelButton('Show more')).toBeUndefined();
  });

  it('closes on Escape and puts focus back on the bell', async () => {
    await openPanel();

    panel()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(fixture);

    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(bell());
    expect(bell().getAttribute('aria-expanded')).toBe('false');
  });

  it('links to the notification settings', async () => {
    await openPanel();

    expect(panel()!.querySelector('a[href="/notifications/preferences"]')?.textContent?.trim()).toBe('Choose how you are notified');
  });
});
