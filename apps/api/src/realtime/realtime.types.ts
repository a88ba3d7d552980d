import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, RoomRef, ServerToClientEvents } from '@moot/contracts';

/** What the handshake learnt about the person behind a socket (visible to every instance via fetchSockets). */
export interface SocketData {
  userId: string;
  displayName: string;
  sessionPublicId: string;
  /** When this socket last announced typing (ms since epoch), for the rate limit. */
  lastTypingAt?: number;
  /** The group of each group-post room this socket joined (`post:<id>` → group id), so eviction finds them. */
  postRoomGroups?: Record<string, string>;
}

export type MootServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type MootSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (publicId: string): string => `session:${publicId}`;
export const groupRoom = (groupId: string): string => `group:${groupId}`;
export const postRoom = (postId: string): string => `post:${postId}`;
export const topicRoom = (slug: string): string => `topic:${slug}`;
/** Never emitted to: marks the sockets watching any post of a group, so losing the group's access can find them. */
export const groupPostsRoom = (groupId: string): string => `group-posts:${groupId}`;

/** The socket room of a room a client may join (ids already checked and made canonical). */
export function roomOf(room: RoomRef): string {
  if (room.kind === 'group') return groupRoom(room.id);
  if (room.kind === 'post') return postRoom(room.id);
  return topicRoom(room.id);
}

/** The group id of a `group:<id>` room, or null for any other room. */
export function groupIdOfRoom(room: string): string | null {
  return room.startsWith('group:') ? room.slice('group:'.length) : null;
}
