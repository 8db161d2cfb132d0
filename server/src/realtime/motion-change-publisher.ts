import {
  MOTION_LIST_ROOM,
  ROLES,
  type MotionEvent,
  type PathEvent,
  type RecordedVoteView,
  type Role,
  type SubscriptionAck,
  type TallyEvent,
  type WhipEvent,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import type { Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth.types';
import { motionRoom, RealtimeService } from './realtime.service';

/**
 * The readers whose view of a whip entry can differ: the role and the group a user belongs to
 * (own notes, internal notes, whip details). Everything else of a user is irrelevant to a view,
 * so all readers of one audience share one payload.
 */
export type LiveAudience = Pick<AuthUser, 'role' | 'groupKey'>;

/** What one committed change of a motion sends, built by its owners after the commit. */
export type MotionChange = {
  motionId: number;
  /** The changed whip entry per audience (null: nothing for that audience). */
  whip?: (audience: LiveAudience) => WhipEvent | null;
  /** A vote recorded or voided by this change: sent first, before the motion it decided. */
  vote?: { kind: 'recorded' | 'voided'; vote: RecordedVoteView };
  tally: TallyEvent;
  motion: MotionEvent;
};

/** Roles whose views depend on their group: the rest read the same view whatever their group. */
const GROUP_VIEW_ROLES: readonly Role[] = ['admin', 'manager'];

function audienceKey(audience: LiveAudience): string {
  if (!GROUP_VIEW_ROLES.includes(audience.role)) return audience.role;
  return `${audience.role}:${audience.groupKey ?? '-'}`;
}

function audienceRoom(motionId: number, audience: LiveAudience): string {
  return `${motionRoom(motionId)}|${audienceKey(audience)}`;
}

/**
 * Every audience a motion room can hold, derived from the council's groups, not from the
 * sockets: the work per change is the same for 1 viewer and 2,000, and it does not depend on
 * which instance a socket is connected to.
 */
export function audiencesOf(groupKeys: readonly string[]): LiveAudience[] {
  const groups = [null, ...groupKeys];
  return ROLES.flatMap((role) =>
    GROUP_VIEW_ROLES.includes(role)
      ? groups.map((groupKey) => ({ role, groupKey }))
      : [{ role, groupKey: null }],
  );
}

function userOf(socket: Socket): AuthUser | undefined {
  return (socket.data as { user?: AuthUser } | undefined)?.user;
}

/**
 * The one place a motion's change leaves the server. Sends, in this order, so that no event names
 * a version the socket has not yet received: the recorded or voided vote, the whip entry (one payload per audience room, equal
 * payloads sent once to all their rooms), the tally to the motion room, the motion to the motion
 * room and the list. Socket.io keeps the order per socket.
 */
@Injectable()
export class MotionChangePublisher {
  constructor(private readonly realtime: RealtimeService) {}

  publish(change: MotionChange, groupKeys: readonly string[]): void {
    const namespace = this.realtime.live;
    if (!namespace) return;
    if (change.vote?.kind === 'recorded') this.realtime.emitVoteRecorded(change.vote.vote);
    if (change.vote?.kind === 'voided') this.realtime.emitVoteVoided(change.vote.vote);
    if (change.whip) {
      const roomsByPayload = new Map<string, { event: WhipEvent; rooms: string[] }>();
      for (const audience of audiencesOf(groupKeys)) {
        const event = change.whip(audience);
        if (!event) continue;
        const key = JSON.stringify(event);
        const found = roomsByPayload.get(key) ?? { event, rooms: [] };
        found.rooms.push(audienceRoom(change.motionId, audience));
        roomsByPayload.set(key, found);
      }
      for (const { event, rooms } of roomsByPayload.values()) {
        namespace.to(rooms).emit('whip', event);
      }
    }
    namespace.to(motionRoom(change.motionId)).emit('tally', change.tally);
    namespace.to([motionRoom(change.motionId), MOTION_LIST_ROOM]).emit('motion', change.motion);
  }

  /**
   * A committed change of the motion's path (a step added, changed or removed), to the motion's
   * room: its readers read the path (the same access as GET …/consultations).
   */
  publishPath(event: PathEvent): void {
    this.realtime.live?.to(motionRoom(event.motionId)).emit('path', event);
  }

  /** Joins the motion's room and the room of the user's audience (the whip views). */
  async subscribe(socket: Socket, motionId: number): Promise<SubscriptionAck> {
    const user = userOf(socket);
    const room = motionRoom(motionId);
    await socket.join(user ? [room, audienceRoom(motionId, user)] : room);
    return { ok: true, room };
  }

  async unsubscribe(socket: Socket, motionId: number): Promise<SubscriptionAck> {
    const user = userOf(socket);
    const room = motionRoom(motionId);
    await socket.leave(room);
    if (user) await socket.leave(audienceRoom(motionId, user));
    return { ok: true, room };
  }
}
