import {
  MOTION_LIST_ROOM,
  type ClientToServerEvents,
  type CouncilView,
  type DraftView,
  type ImportProgressEvent,
  type MotionView,
  type RecordedVoteView,
  type ServerToClientEvents,
  type SubscriptionAck,
  type TallyEvent,
  type WhipEvent,
} from '@mehrheitsplaner/shared';
import { Injectable, Logger } from '@nestjs/common';
import type { Namespace, Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth.types';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;

export type { SubscriptionAck };

export function motionRoom(motionId: number): string {
  return `motion:${motionId}`;
}

export function meetingRoom(meetingId: number): string {
  return `meeting:${meetingId}`;
}

/**
 * The services' only way to push: typed emits to the `/live` namespace. Every payload is built
 * once and broadcast to a room; nothing here is computed per client.
 */
@Injectable()
export class RealtimeService {
  private readonly logger = new Logger(RealtimeService.name);
  private namespace: LiveNamespace | null = null;

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  emitCouncil(council: CouncilView): void {
    this.namespace?.emit('council', { council });
  }

  /** OParl import progress, to signed-in admins only. */
  emitImportProgress(event: ImportProgressEvent): void {
    for (const socket of this.namespace?.sockets.values() ?? []) {
      const user = (socket.data as { user?: { role?: string } } | undefined)?.user;
      if (user?.role === 'admin') socket.emit('importProgress', event);
    }
  }

  /** The new scenarios of a motion, to its room. */
  emitTally(event: TallyEvent): void {
    this.namespace?.to(motionRoom(event.motionId)).emit('tally', event);
  }

  /**
   * A changed whip entry, to the motion's room: each socket gets the view its user may read
   * (`payloadFor` answers per audience; null = nothing for that user).
   */
  emitWhip(motionId: number, payloadFor: (user: AuthUser) => WhipEvent | null): void {
    const room = this.namespace?.in(motionRoom(motionId));
    if (!room) return;
    room.fetchSockets().then(
      (sockets) => {
        for (const socket of sockets) {
          const user = (socket.data as { user?: AuthUser } | undefined)?.user;
          const payload = user ? payloadFor(user) : null;
          if (payload) socket.emit('whip', payload);
        }
      },
      (error: unknown) => this.logger.error('Whip event not sent', error),
    );
  }

  /** A changed motion (or its verdict badge), to its room and the motion list. */
  emitMotion(motion: MotionView): void {
    this.namespace?.to([motionRoom(motion.id), MOTION_LIST_ROOM]).emit('motion', { motion });
  }

  /** A recorded vote, to its motion's room and (if any) its meeting's room. */
  emitVoteRecorded(vote: RecordedVoteView): void {
    const rooms = [motionRoom(vote.motionId)];
    if (vote.meetingId !== null) rooms.push(meetingRoom(vote.meetingId));
    this.namespace?.to(rooms).emit('voteRecorded', { vote });
  }

  /** The running tally of a live entry, to the meeting's room. */
  emitDraft(draft: DraftView): void {
    this.namespace?.to(meetingRoom(draft.meetingId)).emit('draft', { draft });
  }

  subscribeMeeting(socket: Socket, meetingId: number): Promise<SubscriptionAck> {
    return this.join(socket, meetingRoom(meetingId));
  }

  unsubscribeMeeting(socket: Socket, meetingId: number): Promise<SubscriptionAck> {
    return this.leave(socket, meetingRoom(meetingId));
  }

  /** Joins the room whose `tally`/`whip`/`motion` events a client wants. */
  subscribe(socket: Socket, motionId: number): Promise<SubscriptionAck> {
    return this.join(socket, motionRoom(motionId));
  }

  unsubscribe(socket: Socket, motionId: number): Promise<SubscriptionAck> {
    return this.leave(socket, motionRoom(motionId));
  }

  /** Joins the motion list: `motion` events of every motion. */
  subscribeList(socket: Socket): Promise<SubscriptionAck> {
    return this.join(socket, MOTION_LIST_ROOM);
  }

  unsubscribeList(socket: Socket): Promise<SubscriptionAck> {
    return this.leave(socket, MOTION_LIST_ROOM);
  }

  private async join(socket: Socket, room: string): Promise<SubscriptionAck> {
    await socket.join(room);
    return { ok: true, room };
  }

  private async leave(socket: Socket, room: string): Promise<SubscriptionAck> {
    await socket.leave(room);
    return { ok: true, room };
  }
}
