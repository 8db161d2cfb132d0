import type {
  ClientToServerEvents,
  CouncilView,
  ServerToClientEvents,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import type { Namespace, Socket } from 'socket.io';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;

export type SubscriptionAck = { ok: true; room: string };

export function motionRoom(motionId: number): string {
  return `motion:${motionId}`;
}

/** The services' only way to push: typed emits to the `/live` namespace. */
@Injectable()
export class RealtimeService {
  private namespace: LiveNamespace | null = null;

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  emitCouncil(council: CouncilView): void {
    this.namespace?.emit('council', { council });
  }

  /** Joins the room whose `tally`/`motion` events a client wants (motions: later issue). */
  async subscribe(socket: Socket, motionId: number): Promise<SubscriptionAck> {
    const room = motionRoom(motionId);
    await socket.join(room);
    return { ok: true, room };
  }

  async unsubscribe(socket: Socket, motionId: number): Promise<SubscriptionAck> {
    const room = motionRoom(motionId);
    await socket.leave(room);
    return { ok: true, room };
  }
}
