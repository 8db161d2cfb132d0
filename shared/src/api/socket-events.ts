import type { CouncilView } from './contract';
import type { ImportProgressEvent } from './oparl';
import type { MotionTallyResponse, MotionView, WhipEntryView, WhipHistoryEntry } from './motions';
import type { ConsultationView } from './consultations';
import type { MajorityOption } from '../engine/builder.types';
import type { Certainty } from '../engine/certainty';
import type { ScenarioTallies } from '../engine/tally.types';
import type { DraftEvent, VoteRecordedEvent, VoteVoidedEvent } from './history';

/** The room of the motion list: every motion's `motion` event (its verdict badge) goes there. */
export const MOTION_LIST_ROOM = 'motions';

/** What caused a tally: the whip entry whose change was committed (its group and new version). */
export type TallyCause = { groupKey: string; version: number };

/**
 * One committed change reaches a socket as one ordered set of events, sent from one place after
 * the commit, so no event names a version the socket has not received yet:
 * a whip edit → `whip` (the entry as this reader may see it) → `tally` → `motion`;
 * a motion edit → `tally` → `motion`. Every event carries what a screen shows (api.md v1.1): no
 * screen has to ask the server again.
 */
export type TallyEvent = {
  motionId: number;
  /** The step of the motion's path counted (v1.2); the Rat's for motion-level changes. */
  consultationId?: number;
  bodyKey?: string;
  tally: ScenarioTallies;
  /** The partner sets of GET /api/motions/:id/tally (v1.1). */
  options: MajorityOption[];
  /** The motion's certainty (v1.1). */
  certainty: Certainty;
  /** The committed change behind this tally (absent for recomputations without a whip change). */
  cause?: TallyCause;
};

/** The motion with its verdict badge and certainty; `cause` as in the tally of the same change. */
export type MotionEvent = { motion: MotionView; cause?: TallyCause };

/**
 * A changed whip entry, cut to each reader's view like HTTP (whip details, internal notes), with
 * the history row the change added, as GET …/whip/history shows it to this reader (null for
 * readers without whip details, who may not read the history).
 */
export type WhipEvent = {
  motionId: number;
  /** The step whose whip count changed and its body (v1.2). */
  consultationId?: number;
  bodyKey?: string;
  entry: WhipEntryView;
  history: WhipHistoryEntry | null;
};

/**
 * The motion's path after a step was added, changed or removed (v1.2): every step as GET
 * /api/motions/:id/consultations answers, in the path's order. A screen showing a step that is
 * no longer listed falls back to the Rat's.
 */
export type PathEvent = { motionId: number; consultations: ConsultationView[] };

/** The GET /api/motions/:id/tally answer a `tally` event stands for. */
export function tallyResponseOf(event: TallyEvent): MotionTallyResponse {
  return { ...event.tally, options: event.options, certainty: event.certainty };
}

export type SubscriptionAck = { ok: true; room: string };

/** Typed socket.io event maps for namespace `/live` (api.md, "Live updates"). */
export type ServerToClientEvents = {
  council: (payload: { council: CouncilView }) => void;
  tally: (payload: TallyEvent) => void;
  motion: (payload: MotionEvent) => void;
  whip: (payload: WhipEvent) => void;
  /** A step of the motion's path was added, changed or removed: to the motion's room. */
  path: (payload: PathEvent) => void;
  /** OParl import progress (admins only). */
  importProgress: (payload: ImportProgressEvent) => void;
  /** A vote was recorded: to the motion's room and, if it belongs to one, the meeting's room. */
  voteRecorded: (payload: VoteRecordedEvent) => void;
  /** A vote was voided: to the rooms of `voteRecorded` and the motion list (history screens). */
  voteVoided: (payload: VoteVoidedEvent) => void;
  /** The running tally of a live entry, to the meeting's room on every entry. */
  draft: (payload: DraftEvent) => void;
};

export type ClientToServerEvents = {
  subscribe: (payload: { motionId: number }, ack?: (ack: SubscriptionAck) => void) => void;
  unsubscribe: (payload: { motionId: number }, ack?: (ack: SubscriptionAck) => void) => void;
  /** Joins the motion list room (`motion` events of every motion). */
  subscribeList: (payload?: Record<string, never>, ack?: (ack: SubscriptionAck) => void) => void;
  unsubscribeList: (payload?: Record<string, never>, ack?: (ack: SubscriptionAck) => void) => void;
  /** Joins a meeting's room (`meeting:<id>`): live entry drafts and recorded votes. */
  subscribeMeeting: (payload: { meetingId: number }, ack?: (ack: SubscriptionAck) => void) => void;
  unsubscribeMeeting: (
    payload: { meetingId: number },
    ack?: (ack: SubscriptionAck) => void,
  ) => void;
};

export const LIVE_NAMESPACE = '/live';
