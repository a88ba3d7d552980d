import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { PostChange } from '@moot/contracts';
import { DiscussionEvents, type ReplyChangeWithMentions } from '../posts/discussion-events';
import { NotificationEventMap, NotificationEvents } from './notification-events';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationPublisher } from './notification-publisher.service';
import { NotificationInput, NotificationsRepository, PostFacts } from './notifications.repository';

type Event = Omit<NotificationInput, 'userId'>;

/**
 * Turns committed changes into notifications. Every recipient is checked first: active, able to
 * see the target (the same rule as AuthorizationService.canSeePost), not the actor, not the
 * writer of an anonymous post (so nothing links them to it), and not opted out.
 */
/** People written in one statement. */
const NOTIFY_BATCH = 500;

@Injectable()
export class NotificationTriggers implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationTriggers.name);
  private stops: (() => void)[] = [];

  constructor(
    private readonly discussion: DiscussionEvents,
    private readonly events: NotificationEvents,
    private readonly repository: NotificationsRepository,
    private readonly preferences: NotificationPreferencesService,
    private readonly publisher: NotificationPublisher,
  ) {}

  onModuleInit(): void {
    this.stops = [
      this.discussion.on('post:created', (change) => this.guard('post:created', this.postCreated(change))),
      this.discussion.on('post:updated', (change) => this.guard('post:updated', this.postUpdated(change))),
      this.discussion.on('reply:created', (change) => this.guard('reply:created', this.replyCreated(change))),
      this.discussion.on('reply:updated', (change) => this.guard('reply:updated', this.replyMentions(change))),
      this.events.on('group:join-requested', (event) => this.guard('group:join-requested', this.joinRequested(event))),
      this.events.on('group:join-approved', (event) => this.guard('group:join-approved', this.joinApproved(event))),
      this.events.on('skill:endorsed', (event) => this.guard('skill:endorsed', this.endorsed(event))),
    ];
  }

  onModuleDestroy(): void {
    this.stops.forEach((stop) => stop());
  }

  private async postCreated(change: PostChange): Promise<void> {
    const post = await this.repository.post(change.postId);
    if (!post || post.deleted) return;
    await this.mentions(post);
    if (post.type === 'announcement' && post.groupId) {
      const members = await this.repository.members(post.groupId, false);
      await this.notify(await this.repository.whoMaySeePost(members, post.id), post, {
        type: 'announcement',
        ...this.onPost(post, `announcement:${post.id}`),
        actorId: post.authorId,
      });
    }
  }

  /** An edit may add mentions; a question may get its accepted answer. */
  private async postUpdated(change: PostChange): Promise<void> {
    const post = await this.repository.post(change.postId);
    if (!post || post.deleted) return;
    await this.mentions(post);
    if (!post.acceptedReplyId) return;
    const answerer = await this.repository.replyAuthor(post.acceptedReplyId);
    if (!answerer || (await this.repository.alreadyNotified([answerer], 'accepted_answer', post.acceptedReplyId)).size > 0) return;
    await this.notify(await this.repository.whoMaySeePost([answerer], post.id), post, {
      type: 'accepted_answer',
      targetType: 'reply',
      targetId: post.acceptedReplyId,
      groupId: post.groupId,
      groupKey: `accepted_answer:${post.acceptedReplyId}`,
      actorId: null,
      link: `/posts/${post.id}`,
    });
  }

  private async replyCreated(change: ReplyChangeWithMentions): Promise<void> {
    const [post, replier] = await Promise.all([this.repository.post(change.postId), this.repository.replyAuthor(change.replyId)]);
    if (!post || post.deleted || !replier) return;
    await this.replyMentions(change);
    // An anonymous post's writer is never told: a notification would link them to it.
    if (post.authorId) {
      await this.notify(await this.repository.whoMaySeePost([post.authorId], post.id), post, { type: 'reply', ...this.onPost(post, `reply:${post.id}`), actorId: replier });
    }
    // The post's writer hears through `reply` above (or, when anonymous, not at all).
    const others = (await this.repository.repliers(post.id)).filter((id) => id !== replier && id !== post.writerId);
    await this.notify(await this.repository.whoMaySeePost(others, post.id), post, {
      type: 'thread_reply',
      ...this.onPost(post, `thread_reply:${post.id}`),
      actorId: replier,
    });
  }

  /** People mentioned in a reply: each once per reply, however often it is edited (an edit may add some). */
  private async replyMentions(change: ReplyChangeWithMentions): Promise<void> {
    const mentioned = change.mentionedUserIds ?? [];
    if (mentioned.length === 0) return;
    const [post, replier] = await Promise.all([this.repository.post(change.postId), this.repository.replyAuthor(change.replyId)]);
    if (!post || post.deleted || !replier) return;
    const told = await this.repository.alreadyNotified(mentioned, 'mention', change.replyId);
    const fresh = mentioned.filter((id) => !told.has(id));
    await this.notify(await this.repository.whoMaySeePost(fresh, post.id), post, {
      type: 'mention',
      targetType: 'reply',
      targetId: change.replyId,
      groupId: post.groupId,
      groupKey: `mention:${change.replyId}`,
      actorId: replier,
      link: `/posts/${post.id}`,
    });
  }

  /** Each mentioned person once per post, however often it is edited. */
  private async mentions(post: PostFacts): Promise<void> {
    const mentioned = await this.repository.mentionedPeople(post.id);
    const told = await this.repository.alreadyNotified(mentioned, 'mention', post.id);
    const fresh = mentioned.filter((id) => !told.has(id));
    await this.notify(await this.repository.whoMaySeePost(fresh, post.id), post, { type: 'mention', ...this.onPost(post, `mention:${post.id}`), actorId: post.authorId });
  }

  private async joinRequested({ groupId, userId }: NotificationEventMap['group:join-requested']): Promise<void> {
    const group = await this.repository.group(groupId);
    if (!group) return;
    const managers = await this.repository.members(groupId, true);
    await this.notify(managers, null, { type: 'join_request', ...this.onGroup(group, `join_request:${groupId}`), actorId: userId });
  }

  private async joinApproved({ groupId, userId, approverId }: NotificationEventMap['group:join-approved']): Promise<void> {
    const group = await this.repository.group(groupId);
    if (!group) return;
    await this.notify(await this.repository.activeUserIds([userId]), null, { type: 'join_approved', ...this.onGroup(group, `join_approved:${groupId}`), actorId: approverId });
  }

  private async endorsed({ endorserId, userId, skillId }: NotificationEventMap['skill:endorsed']): Promise<void> {
    await this.notify(await this.repository.activeUserIds([userId]), null, {
      type: 'endorsement',
      targetType: 'skill',
      targetId: skillId,
      groupId: null,
      groupKey: `endorsement:${skillId}`,
      actorId: endorserId,
      link: `/people/${userId}`,
    });
  }

  private onPost(post: PostFacts, groupKey: string): Pick<Event, 'targetType' | 'targetId' | 'groupId' | 'groupKey' | 'link'> {
    return { targetType: 'post', targetId: post.id, groupId: post.groupId, groupKey, link: `/posts/${post.id}` };
  }

  private onGroup(group: { id: string; slug: string }, groupKey: string): Pick<Event, 'targetType' | 'targetId' | 'groupId' | 'groupKey' | 'link'> {
    return { targetType: 'group', targetId: group.id, groupId: group.id, groupKey, link: `/groups/${group.slug}` };
  }

  /** `recipients` must already be checked for visibility; this leaves out the actor, an anonymous post's writer and those who chose `off`. */
  private async notify(recipients: string[], post: PostFacts | null, event: Event): Promise<void> {
    const excluded = new Set([event.actorId, post?.authorId === null ? post.writerId : null]);
    const people = [...new Set(recipients)].filter((id) => !excluded.has(id));
    const deliveries = await this.preferences.deliveriesFor(people, event.type, event.groupId);
    const told = people.filter((userId) => deliveries.get(userId) !== 'off');
    // In batches: an announcement to a large group is a few statements, not one per member.
    for (let start = 0; start < told.length; start += NOTIFY_BATCH) {
      const written = await this.repository.upsertMany(told.slice(start, start + NOTIFY_BATCH), event);
      await this.publisher.notificationsChanged(written);
    }
  }

  private guard(event: string, work: Promise<void>): void {
    work.catch((error: Error) => this.logger.warn(`${event}: notifications not created: ${error.message}`));
  }
}
