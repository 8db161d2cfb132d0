import {
  MOTION_LIST_ROOM,
  type ClientToServerEvents,
  type CouncilView,
  type DraftView,
  type ImportProgressEvent,
  type RecordedVoteView,
  type ServerToClientEvents,
  type SubscriptionAck,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import type { Namespace, Socket } from 'socket.io';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;

export type { SubscriptionAck };

export function motionRoom(motionId: number): string {
  return `motion:${motionId}`;
}

/**
 * Sockets whose user may run imports (the admins): import progress goes to this room, so it
 * reaches them on every instance (the Redis adapter) instead of a loop over this one's sockets.
 */
export const ADMINS_ROOM = 'admins';

export function meetingRoom(meetingId: number): string {
  return `meeting:${meetingId}`;
}

/**
 * The services' only way to push: typed emits to the `/live` namespace. Every payload is built
 * once and broadcast to a room; nothing here is computed per client.
 */
@Injectable()
export class RealtimeService {
  private namespace: LiveNamespace | null = null;

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  /** The namespace once the gateway is up (null before: nothing to send to). */
  get live(): LiveNamespace | null {
    return this.namespace;
  }

  emitCouncil(council: CouncilView): void {
    this.namespace?.emit('council', { council });
  }

  /** OParl import progress, to signed-in admins only (ADMINS_ROOM). */
  emitImportProgress(event: ImportProgressEvent): void {
    this.namespace?.to(ADMINS_ROOM).emit('importProgress', event);
  }

  /** A recorded vote, to its motion's room and (if any) its meeting's room. */
  emitVoteRecorded(vote: RecordedVoteView): void {
    const rooms = [motionRoom(vote.motionId)];
    if (vote.meetingId !== null) rooms.push(meetingRoom(vote.meetingId));
    this.namespace?.to(rooms).emit('voteRecorded', { vote });
  }

  /** A voided vote, to the rooms of its recording and the motion list (history screens). */
  emitVoteVoided(vote: RecordedVoteView): void {
    const rooms = [motionRoom(vote.motionId), MOTION_LIST_ROOM];
    if (vote.meetingId !== null) rooms.push(meetingRoom(vote.meetingId));
    this.namespace?.to(rooms).emit('voteVoided', { vote });
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
