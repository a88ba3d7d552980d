import { PersonSummary, PostView, ReplyView, ServerEventPayload } from '@moot/contracts';
import { LiveEventName, SocketService } from '@moot/web/core/realtime/socket.service';
import { Observable, Subject } from 'rxjs';

/** Small factories and a fake live connection for the discussion specs. */
function aPerson(overrides: Partial<PersonSummary>): PersonSummary {
  return { id: 'p-priya', displayName: 'Priya Shah', jobTitle: null, department: null, avatarUrl: null, formerColleague: false, ...overrides };
}

export const priya = aPerson({});
export const liam = aPerson({ id: 'p-liam', displayName: 'Liam Walsh', jobTitle: 'Web Officer' });

export function aPost(overrides: Partial<PostView> = {}): PostView {
  return {
    id: 'post-1',
    type: 'discussion',
    group: { id: 'g1', slug: 'webchat-rehearsal', name: 'Webchat rehearsal' },
    author: priya,
    anonymous: false,
    body: 'Rehearsal on Thursday',
    bodyHtml: '<p>Rehearsal on Thursday</p>',
    topics: [],
    mentions: [],
    attachments: [],
    poll: null,
    acceptedReplyId: null,
    pinned: false,
    announcement: null,
    replyCount: 0,
    seenByCount: 1,
    reactions: [
      { kind: 'like', count: 1, mine: false },
      { kind: 'thanks', count: 0, mine: false },
      { kind: 'insightful', count: 0, mine: false },
      { kind: 'support', count: 0, mine: false },
    ],
    editedAt: null,
    deleted: false,
    createdAt: '2026-11-20T14:00:00.000Z',
    can: { edit: false, delete: false, reply: true, react: true, acceptAnswer: false, pin: false, vote: true, revealAuthor: false },
    ...overrides,
  };
}

export function aReply(overrides: Partial<ReplyView> = {}): ReplyView {
  return {
    id: 'reply-1',
    postId: 'post-1',
    author: liam,
    body: 'I can make it',
    bodyHtml: '<p>I can make it</p>',
    quote: null,
    reactions: [],
    accepted: false,
    editedAt: null,
    deleted: false,
    createdAt: '2026-11-20T14:05:00.000Z',
    can: { edit: false, delete: false, react: true },
    ...overrides,
  };
}

/** Stands in for SocketService: specs fire server events and read what was joined and sent. */
export class FakeLiveSocket implements Pick<SocketService, 'on' | 'join' | 'leave' | 'typing' | 'reconnected'> {
  private readonly subjects = new Map<string, Subject<unknown>>();
  private readonly reconnects = new Subject<void>();
  readonly reconnected: Observable<void> = this.reconnects.asObservable();
  readonly joined: string[] = [];
  readonly left: string[] = [];
  readonly typed: string[] = [];

  on<E extends LiveEventName>(event: E): Observable<ServerEventPayload<E>> {
    return this.subject(event).asObservable() as Observable<ServerEventPayload<E>>;
  }

  async join(room: { kind: string; id: string }): Promise<boolean> {
    this.joined.push(`${room.kind}:${room.id}`);
    return true;
  }

  leave(room: { kind: string; id: string }): void {
    this.left.push(`${room.kind}:${room.id}`);
  }

  typing(postId: string): void {
    this.typed.push(postId);
  }

  fire<E extends LiveEventName>(event: E, payload: ServerEventPayload<E>): void {
    this.subject(event).next(payload);
  }

  reconnect(): void {
    this.reconnects.next();
  }

  private subject(event: string): Subject<unknown> {
    let subject = this.subjects.get(event);
    if (!subject) this.subjects.set(event, (subject = new Subject()));
    return subject;
  }
}
