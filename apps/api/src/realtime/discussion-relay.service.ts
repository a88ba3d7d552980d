import { Injectable, Logger } from '@nestjs/common';
import type { PostChange, ReplyChange } from '@moot/contracts';
import { DiscussionEventMap, DiscussionEvents } from '../posts/discussion-events';
import { RealtimeRepository } from './realtime.repository';
import { groupRoom, MootServer, postRoom, topicRoom, userRoom } from './realtime.types';

type PostEvent = 'post:created' | 'post:updated' | 'post:deleted';
type ReplyEvent = 'reply:created' | 'reply:updated' | 'reply:deleted';

/**
 * Relays committed discussion changes from this process's {@link DiscussionEvents} to socket
 * rooms; the adapter carries them to every instance. Only rooms whose members were checked on
 * join hear about a group (group and post rooms); a profile post goes to its author and their
 * followers. Payloads are the contract's viewer-neutral ids: clients fetch details over REST.
 */
@Injectable()
export class DiscussionRelayService {
  private readonly logger = new Logger(DiscussionRelayService.name);

  constructor(
    private readonly events: DiscussionEvents,
    private readonly repository: RealtimeRepository,
  ) {}

  /** Starts relaying to `server`; returns the function that stops it. */
  start(server: MootServer): () => void {
    const stops = [
      ...(['post:created', 'post:updated', 'post:deleted'] as const).map((event) =>
        this.events.on(event, (change) => this.guard(event, this.relayPost(server, event, change))),
      ),
      ...(['reply:created', 'reply:updated', 'reply:deleted'] as const).map((event) =>
        this.events.on(event, (change) => this.relayReply(server, event, change)),
      ),
      this.events.on('reaction:changed', (change) => this.relayReaction(server, change)),
      this.events.on('poll:updated', ({ postId, groupId }) => server.to(this.threadRooms(postId, groupId)).emit('poll:updated', { postId })),
    ];
    return () => stops.forEach((stop) => stop());
  }

  private async relayPost(server: MootServer, event: PostEvent, change: PostChange): Promise<void> {
    const payload: PostChange = { postId: change.postId, groupId: change.groupId, cursor: change.cursor };
    // Topic rooms are open to all staff: only posts everyone may read are announced there.
    const topics = event === 'post:deleted' ? [] : await this.repository.publicTopicsOf(change.postId);
    if (change.groupId !== null) {
      server.to([...this.threadRooms(change.postId, change.groupId), ...topics.map(topicRoom)]).emit(event, payload);
      return;
    }
    // A profile post: everyone may read it, but only its author's followers have it in a feed.
    const authorId = await this.repository.authorOf(change.postId);
    const rooms = [postRoom(change.postId)];
    if (authorId) rooms.push(userRoom(authorId), ...(await this.repository.followersOf(authorId)).map(userRoom));
    rooms.push(...topics.map(topicRoom));
    server.to(rooms).emit(event, payload);
  }

  private relayReply(server: MootServer, event: ReplyEvent, change: ReplyChange): void {
    const payload: ReplyChange = { postId: change.postId, replyId: change.replyId, groupId: change.groupId };
    server.to(this.threadRooms(change.postId, change.groupId)).emit(event, payload);
  }

  private relayReaction(server: MootServer, change: DiscussionEventMap['reaction:changed']): void {
    server.to(this.threadRooms(change.postId, change.groupId)).emit('reaction:changed', { postId: change.postId, replyId: change.replyId, counts: change.counts });
  }

  private threadRooms(postId: string, groupId: string | null): string[] {
    return groupId === null ? [postRoom(postId)] : [postRoom(postId), groupRoom(groupId)];
  }

  private guard(event: string, work: Promise<void>): void {
    work.catch((error: Error) => this.logger.warn(`${event} not relayed: ${error.message}`));
  }
}
