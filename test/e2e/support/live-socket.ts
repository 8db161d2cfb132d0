import type { ClientToServerEvents, ServerToClientEvents } from '@mehrheitsplaner/shared';
import { io, type Socket } from 'socket.io-client';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connect(url: string, token?: string): LiveSocket {
  return io(`${url}/live`, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
}

export function connected(socket: LiveSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

export function refused(socket: LiveSocket): Promise<Error> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connection was accepted')));
    socket.once('connect_error', resolve);
  });
}

/** Emits a client event and waits for the server's acknowledgement. */
export function emitWithAck(
  socket: LiveSocket,
  event: string,
  payload?: unknown,
): Promise<unknown> {
  return (socket as unknown as Socket).timeout(2000).emitWithAck(event, payload);
}
