/**
 * The one typed map of socket.io events shared by the API gateway and the web client.
 * Server → client events are what the server may emit; client → server events are what
 * the client may send. Payloads are plain JSON.
 */
export interface ServerToClientEvents {
  /** Sent once the handshake is authenticated. */
  'session:ready': (payload: { userId: string }) => void;
  /** The session ended on the server (sign-out, deactivation, expiry): the client must drop it. */
  'session:ended': (payload: { reason: 'signed-out' | 'deactivated' | 'expired' }) => void;
}

export interface ClientToServerEvents {
  /** Keep-alive from an open tab; lets the server notice idle sessions. */
  'session:ping': (ack: (payload: { ok: boolean }) => void) => void;
}

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];
