import { Injectable } from '@nestjs/common';
import type { FeedPage, PostView } from '@moot/contracts';
import { AuthorizationService, type Viewer } from '../authorization/authorization.service';
import { GroupException } from '../groups/group.exception';
import { PeopleException } from '../people/people.exception';
import { decodeFeedCursor, encodeFeedCursor } from '../posts/feed-cursor';
import { PostException } from '../posts/post.exception';
import { PostViewsService } from '../posts/post-views.service';
import { FEED_DEFAULT_LIMIT, type FeedQueryDto } from './dto/feed-query.dto';
import { FeedRepository, type FeedKey, type FeedWindow } from './feed.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOPIC = /^[a-z0-9-]{1,50}$/;

/** Feeds: which posts (rules and SQL in {@link FeedRepository}), shown as the posts module's views. */
@Injectable()
export class FeedsService {
  constructor(
    private readonly feeds: FeedRepository,
    private readonly views: PostViewsService,
    private readonly authorization: AuthorizationService,
  ) {}

  home(viewer: Viewer, query: FeedQueryDto): Promise<FeedPage> {
    return this.page(viewer, query, (window) => this.feeds.home(viewer.userId, window), () => this.feeds.homePinned(viewer.userId));
  }

  /** 404 exactly like a missing group when the viewer may not see the group's content. */
  async group(viewer: Viewer, groupId: string, query: FeedQueryDto): Promise<FeedPage> {
    const facts = UUID.test(groupId) ? await this.feeds.groupFacts(groupId, viewer.userId) : null;
    if (!facts || !this.authorization.canSeeGroupContent(viewer, facts)) throw GroupException.notFound();
    return this.page(viewer, query, (window) => this.feeds.group(groupId, window, viewer.userId), () => this.feeds.groupPinned(groupId, viewer.userId));
  }

  async person(viewer: Viewer, userId: string, query: FeedQueryDto): Promise<FeedPage> {
    if (!UUID.test(userId) || !(await this.feeds.personExists(userId))) throw PeopleException.notFound();
    return this.page(viewer, query, (window) => this.feeds.person(viewer.userId, userId, window));
  }

  topic(viewer: Viewer, topic: string, query: FeedQueryDto): Promise<FeedPage> {
    const normalised = topic.trim().replace(/^#/, '').toLowerCase();
    if (!TOPIC.test(normalised)) throw PostException.invalid('topic', 'must be 1 to 50 letters, digits or hyphens');
    return this.page(viewer, query, (window) => this.feeds.topic(viewer.userId, normalised, window));
  }

  /**
   * One page. First pages (no cursor) put pinned posts on top; those stay out of the older-posts
   * stream so every post appears once. Catch-up (`after`) returns all kinds of newer posts.
   */
  private async page(
    viewer: Viewer,
    query: FeedQueryDto,
    select: (window: FeedWindow) => Promise<FeedKey[]>,
    pinned?: () => Promise<string[]>,
  ): Promise<FeedPage> {
    if (query.cursor && query.after) throw PostException.invalid('after', 'cannot be combined with cursor');
    const limit = query.limit ?? FEED_DEFAULT_LIMIT;
    if (query.after) {
      const after = decodeFeedCursor(query.after);
      const keys = await select({ direction: 'newer', after, limit });
      return { items: await this.viewsOf(viewer, keys.map((key) => key.id)), nextCursor: null, headCursor: keys[0] ? cursorOf(keys[0]) : query.after };
    }
    const before = query.cursor ? decodeFeedCursor(query.cursor) : null;
    const [keys, pinnedIds] = await Promise.all([select({ direction: 'older', before, limit: limit + 1 }), before || !pinned ? [] : pinned()]);
    const more = keys.length > limit;
    const shown = keys.slice(0, limit);
    const items = await this.viewsOf(viewer, [...pinnedIds, ...shown.map((key) => key.id)]);
    return {
      items,
      nextCursor: more ? cursorOf(shown[shown.length - 1]!) : null,
      headCursor: shown[0] ? cursorOf(shown[0]) : null,
    };
  }

  /** Views in the given order; a post that vanished between the two queries is left out. */
  private async viewsOf(viewer: Viewer, ids: string[]): Promise<PostView[]> {
    if (ids.length === 0) return [];
    const views = await this.views.viewsFor(viewer, ids);
    const byId = new Map(views.map((view) => [view.id, view]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}

function cursorOf(key: FeedKey): string {
  return encodeFeedCursor(key.createdAt, key.id);
}
