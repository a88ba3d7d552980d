import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

/** Changes outside the discussion services that someone should hear about, announced after commit. */
export interface NotificationEventMap {
  /** A join request was filed in a closed group (not repeated for a request already pending). */
  'group:join-requested': { groupId: string; userId: string };
  /** A manager approved `userId`'s request. */
  'group:join-approved': { groupId: string; userId: string; approverId: string };
  /** `endorserId` vouched for `userId`'s skill. */
  'skill:endorsed': { endorserId: string; userId: string; skillId: string };
}

export type NotificationEventName = keyof NotificationEventMap;

/** A tiny in-process bus, like DiscussionEvents, for the services that have no events of their own. */
@Injectable()
export class NotificationEvents {
  private readonly emitter = new EventEmitter();

  emit<E extends NotificationEventName>(event: E, payload: NotificationEventMap[E]): void {
    this.emitter.emit(event, payload);
  }

  on<E extends NotificationEventName>(event: E, listener: (payload: NotificationEventMap[E]) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
}
