/**
 * The one typed map of socket.io events shared by the API gateway and the web client.
 * Server → client events are what the server may emit; client → server events are what
 * the client may send. Payloads are plain JSON and viewer-neutral: they say WHAT changed;
 * clients fetch details over REST, where the authorisation service decides what they see.
 */

/** A room a client asks to join; the server runs the same authorisation check as REST. */
export type RoomRef = { kind: 'group'; id: string } | { kind: 'post'; id: string } | { kind: 'topic'; id: string };

export interface PostChange {
  postId: string;
  /** Null for profile posts. */
  groupId: string | null;
  /** The feed cursor of the post, for catch-up bookkeeping. */
  cursor: string;
}

export interface ReplyChange {
  postId: string;
  replyId: string;
  groupId: string | null;
}

export interface ServerToClientEvents {
  /** Sent once the handshake is authenticated. */
  'session:ready': (payload: { userId: string }) => void;
  /** The session ended on the server (sign-out, deactivation, expiry): the client must drop it. */
  'session:ended': (payload: { reason: 'signed-out' | 'deactivated' | 'expired' }) => void;
  'post:created': (payload: PostChange) => void;
  'post:updated': (payload: PostChange) => void;
  'post:deleted': (payload: PostChange) => void;
  'reply:created': (payload: ReplyChange) => void;
  'reply:updated': (payload: ReplyChange) => void;
  'reply:deleted': (payload: ReplyChange) => void;
  /** Counts only; whether *you* reacted comes from REST. */
  'reaction:changed': (payload: { postId: string; replyId: string | null; counts: Partial<Record<'like' | 'thanks' | 'insightful' | 'support', number>> }) => void;
  'poll:updated': (payload: { postId: string }) => void;
  /** Someone is typing a reply in a thread (sent to the post's room, not back to the typist). */
  'typing': (payload: { postId: string; user: { id: string; displayName: string } }) => void;
  /** A notification for you was created or grew ("Sam and 2 others replied"); fetch it over REST. */
  'notification:new': (payload: { notificationId: string; unreadCount: number }) => void;
  /**
   * You may no longer see what a room you joined shows (removed from its group, or the group
   * became closed or secret): you have been taken out of it; drop its live view.
   */
  'room:closed': (payload: { room: { kind: 'group' | 'post'; id: string } }) => void;
  /** Who is online in a group right now (ids of signed-in members with an open tab). */
  'presence': (payload: { groupId: string; userIds: string[] }) => void;
}

export interface ClientToServerEvents {
  /** Keep-alive from an open tab; lets the server notice idle sessions. */
  'session:ping': (ack: (payload: { ok: boolean }) => void) => void;
  /** Join a room; refused (ok false, `not-found`) exactly when REST would answer 404. */
  'room:join': (room: RoomRef, ack: (payload: { ok: boolean; error?: 'not-found' }) => void) => void;
  'room:leave': (room: RoomRef) => void;
  'typing': (payload: { postId: string }) => void;
}

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];
