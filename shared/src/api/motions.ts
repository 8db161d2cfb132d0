/** Contract of the motions, whip-count and tally endpoints (api.md, "Motions"). */
import type { Confidence, MemberWhipVote, RequiredMajority, Stance } from '../domain/types';
import type { MotionStatus, MotionType } from '../domain/motion-status';
import type { MajorityOption } from '../engine/builder.types';
import type { Certainty } from '../engine/certainty';
import type { ScenarioTallies } from '../engine/tally.types';
import type { SplitCounts } from '../engine/whip.types';
import type { Verdict } from '../engine/verdict';

export type MotionView = {
  id: number;
  title: string;
  description: string;
  reference: string | null;
  type: MotionType;
  status: MotionStatus;
  requiredMajority: RequiredMajority;
  mayorVotes: boolean;
  sponsorGroupKeys: string[];
  policyArea: string | null;
  meetingDate: string | null;
  /** The date of the Drucksache (from OParl Paper.date, or entered), YYYY-MM-DD. */
  submittedOn: string | null;
  /** Marks demo motions loaded by `npm run seed:demo`. */
  isExample: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The live badge of the list: the expected scenario's verdict, margin and quorum. */
  verdict: Verdict;
  margin: number;
  /** false when the expected attendance leaves the council without a quorum. */
  quorum: boolean;
  /** How sure the democratic majority is, with the margin of the deciding scenario (v1.1). */
  certainty: Certainty;
};

export type CreateMotionRequest = {
  title: string;
  description?: string;
  reference?: string;
  type?: MotionType;
  sponsorGroupKeys?: string[];
  policyArea?: string;
  requiredMajority?: RequiredMajority;
  mayorVotes?: boolean;
  meetingDate?: string;
  submittedOn?: string;
};

/** Optional fields of a motion that a patch clears with null. */
type ClearableMotionField = 'reference' | 'policyArea' | 'meetingDate' | 'submittedOn';

export type PatchMotionRequest = Omit<Partial<CreateMotionRequest>, ClearableMotionField> & {
  [Field in ClearableMotionField]?: CreateMotionRequest[Field] | null;
} & {
  version: number;
  status?: MotionStatus;
};

export type MotionListQuery = {
  status?: MotionStatus;
  policyArea?: string;
  sponsor?: string;
  q?: string;
  from?: string;
  to?: string;
  /** "no democratic majority yet" */
  withoutMajority?: boolean;
  /** Motions with a step in this body, counted at that step (default `RAT`). */
  body?: string;
};

export type MemberWhipOverride = { memberId: number; vote: MemberWhipVote };

export type WhipEntryRequest = {
  stance: Stance;
  confidence: Confidence;
  absent?: number;
  split?: SplitCounts;
  note?: string;
  /** Only the author's group managers (and admins) see an internal note. */
  noteInternal?: boolean;
  contact?: string;
  members?: MemberWhipOverride[];
  version?: number;
};

/** A group's own note on an entry (domain.md: each group keeps its own note per entry). */
export type WhipNoteView = {
  /** The group whose manager wrote it (`ADMIN` for an admin without a group). */
  authorGroupKey: string;
  note: string;
  /** Seen only by the author group's managers and admins. */
  internal: boolean;
  updatedBy: string;
  updatedAt: string;
};

/** The author key of notes written by an admin account without a group. */
export const ADMIN_NOTE_AUTHOR = 'ADMIN';

export type WhipEntryView = {
  motionId: number;
  /** The step of the path the entry belongs to (v1.2). */
  consultationId?: number;
  groupKey: string;
  stance: Stance;
  confidence: Confidence;
  absent: number;
  split: SplitCounts | null;
  /** The reader's own group's note (null for readers without whip details). */
  note: string | null;
  noteInternal: boolean;
  /** Contacts, member overrides, notes and editors are whip details: null or empty for readers
   * without them (councillors). */
  contact: string | null;
  members: MemberWhipOverride[];
  /** Every group's note the reader may see, the own group's included. */
  notes: WhipNoteView[];
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
};

/** One stored version; `note` is the note its author's group had after the change. */
export type WhipHistoryEntry = Omit<WhipEntryView, 'updatedBy' | 'updatedAt' | 'notes'> & {
  changedBy: string;
  changedAt: string;
};

export type MotionTallyResponse = ScenarioTallies & {
  /** Partner sets that would secure a democratic majority on top of the confirmed yes votes. */
  options: MajorityOption[];
  /** The level of the three scenarios (v1.1), the same as the motion's. */
  certainty: Certainty;
};
