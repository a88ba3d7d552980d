import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

export type SessionEndReason = 'signed-out' | 'deactivated' | 'expired';

export interface SessionsEndedEvent {
  userId: string;
  /** Public ids of the sessions that ended (socket rooms are named after them). */
  sessionPublicIds: string[];
  reason: SessionEndReason;
}

/** In-process notice that sessions ended, so the realtime gateway can drop their sockets. */
@Injectable()
export class SessionEvents {
  private readonly emitter = new EventEmitter();

  emitEnded(event: SessionsEndedEvent): void {
    this.emitter.emit('ended', event);
  }

  onEnded(listener: (event: SessionsEndedEvent) => void): () => void {
    this.emitter.on('ended', listener);
    return () => this.emitter.off('ended', listener);
  }
}
