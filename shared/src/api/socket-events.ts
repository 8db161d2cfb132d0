import type { CouncilView } from './contract';
import type { ImportProgressEvent } from './oparl';
import type { MotionView, WhipEntryView } from './motions';
import type { ScenarioTallies } from '../engine/tally.types';
import type { DraftEvent, VoteRecordedEvent, VoteVoidedEvent } from './history';

/** The room of the motion list: every motion's `motion` event (its verdict badge) goes there. */
export const MOTION_LIST_ROOM = 'motions';

/** What caused a tally: the whip entry whose change was committed (its group and new version). */
export type TallyCause = { groupKey: string; version: number };

export type TallyEvent = {
  motionId: number;
  tally: ScenarioTallies;
  /** The committed change behind this tally (absent for recomputations without a whip change). */
  cause?: TallyCause;
};

export type MotionEvent = { motion: MotionView };

/** A changed whip entry, cut to each reader's view like HTTP (whip details, internal notes). */
export type WhipEvent = { motionId: number; entry: WhipEntryView };

export type SubscriptionAck = { ok: true; room: string };

/** Typed socket.io event maps for namespace `/live` (api.md, "Live updates"). */
export type ServerToClientEvents = {
  council: (payload: { council: CouncilView }) => void;
  tally: (payload: TallyEvent) => void;
  motion: (payload: MotionEvent) => void;
  whip: (payload: WhipEvent) => void;
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
