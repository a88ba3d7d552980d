import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { PostChange, ReactionKind, ReplyChange } from '@moot/contracts';

/**
 * A reply change as announced inside the server: who its body mentions, for notifications.
 * The realtime relay copies only the {@link ReplyChange} fields to sockets.
 */
export interface ReplyChangeWithMentions extends ReplyChange {
  mentionedUserIds?: string[];
}

/** What the discussion services announce after a change is committed (in this process). */
export interface DiscussionEventMap {
  'post:created': PostChange;
  'post:updated': PostChange;
  'post:deleted': PostChange;
  'reply:created': ReplyChangeWithMentions;
  'reply:updated': ReplyChangeWithMentions;
  'reply:deleted': ReplyChange;
  'reaction:changed': { postId: string; replyId: string | null; groupId: string | null; counts: Partial<Record<ReactionKind, number>> };
  'poll:updated': { postId: string; groupId: string | null };
}

export type DiscussionEventName = keyof DiscussionEventMap;

/**
 * In-process bus between the discussion services (which emit after commit) and the realtime
 * gateway (which relays to socket rooms through the socket.io adapter, so every instance's
 * clients hear it). Notifications and search indexing can subscribe here too.
 */
@Injectable()
export class DiscussionEvents {
  private readonly emitter = new EventEmitter();

  emit<E extends DiscussionEventName>(event: E, payload: DiscussionEventMap[E]): void {
    this.emitter.emit(event, payload);
  }

  on<E extends DiscussionEventName>(event: E, listener: (payload: DiscussionEventMap[E]) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
}
