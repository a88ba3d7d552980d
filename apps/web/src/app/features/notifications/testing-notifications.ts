import { NotificationView } from '@moot/contracts';

/** A notification for the bell's specs; Sam replied to your post. */
export function aNotification(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: 'n1',
    type: 'reply',
    text: 'Sam Jones replied to your post',
    actors: [],
    actorCount: 1,
    link: '/posts/post-1',
    read: false,
    updatedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ...overrides,
  };
}
