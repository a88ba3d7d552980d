import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

export interface AccessNarrowedEvent {
  groupId: string;
  /** The people who may have lost access; absent when anyone may have (the group became less visible). */
  userIds?: string[];
}

/**
 * In-process notice, sent after the change commits, that some people may no longer read a
 * group's content (removed, left, or the group became closed or secret), so live rooms can
 * drop them at once rather than at their next reconnect.
 */
@Injectable()
export class GroupAccessEvents {
  private readonly emitter = new EventEmitter();

  emitAccessNarrowed(event: AccessNarrowedEvent): void {
    if (event.userIds?.length === 0) return;
    this.emitter.emit('narrowed', event);
  }

  onAccessNarrowed(listener: (event: AccessNarrowedEvent) => void): () => void {
    this.emitter.on('narrowed', listener);
    return () => this.emitter.off('narrowed', listener);
  }
}

/** Whether a visibility change can take content away from someone (open → closed/secret, closed → secret). */
export function narrowsAccess(from: 'open' | 'closed' | 'secret', to: 'open' | 'closed' | 'secret'): boolean {
  const rank = { open: 0, closed: 1, secret: 2 } as const;
  return rank[to] > rank[from];
}
