/**
 * Contract of meetings, recorded votes, the voting history and the coalition agreement tracker
 * (api.md "Motions" → POST /api/motions/:id/votes, "History"; issue 4). Add fields, never rename.
 */
import type { BallotVote, Confidence, Stance } from '../domain/types';
import type { MotionStatus } from '../domain/motion-status';
import type { Tally } from '../engine/tally.types';
import type { GroupLine, RecordedBlock } from '../history/history.types';

// ---- Meetings -------------------------------------------------------------------------------

/** `council` for the Rat, otherwise the committee's name. */
export const COUNCIL_BODY = 'council';

export type MeetingView = {
  id: number;
  name: string;
  date: string;
  body: string;
  start: string | null;
  cancelled: boolean;
  agendaItemCount: number;
};

export type AgendaItemView = {
  id: number;
  meetingId: number;
  number: string | null;
  name: string;
  position: number;
  motionId: number | null;
  motion: { id: number; title: string; status: MotionStatus } | null;
  /** The vote recorded for this item, once there is one. */
  voteId: number | null;
};

export type MeetingDetailView = MeetingView & { agendaItems: AgendaItemView[] };

export type CreateMeetingRequest = { date: string; name: string; body?: string };
export type MeetingListQuery = { from?: string; to?: string; body?: string };

export type CreateAgendaItemRequest = {
  name: string;
  number?: string;
  position?: number;
  motionId?: number;
};
export type PatchAgendaItemRequest = {
  name?: string;
  number?: string | null;
  position?: number;
  motionId?: number | null;
};

// ---- Recording votes ------------------------------------------------------------------------

export type BallotRequest = { memberId: number; vote: BallotVote };

/** One group's totals (the mayor: group key MAYOR). Their sum must equal the group's seats that day. */
export type GroupCountRequest = {
  groupKey: string;
  yes: number;
  no: number;
  abstain: number;
  absent: number;
  /** Present but not voting (default 0). */
  notVoting?: number;
};

export type RecordVoteRequest = {
  date?: string;
  meetingId?: number;
  agendaItemId?: number;
  ballots?: BallotRequest[];
  groupCounts?: GroupCountRequest[];
};

/**
 * How a vote was recorded: member ballots, group totals, or (`resultOnly`, from the council's
 * information system) only the result without counts: its tally is no figure and it counts in
 * no partner, attendance, deviation, democratic-share or pivotal statistic.
 */
export type VoteSource = 'ballots' | 'groupCounts' | 'resultOnly';

/** What a result-only vote knows beyond adopted/rejected (absent on votes with counts). */
export type ResultOnlyFacts = {
  /** The result as the source wrote it ("einstimmig angenommen"). */
  resultText: string;
  /** true "einstimmig", false "mehrheitlich", null when the source does not say. */
  unanimous: boolean | null;
};

export type RecordedVoteView = {
  id: number;
  motionId: number;
  /** The step of the motion's path voted on (v1.2): the Rat's decides the motion. */
  consultationId?: number;
  meetingId: number | null;
  agendaItemId: number | null;
  date: string;
  source: VoteSource;
  result: 'adopted' | 'rejected';
  tally: Tally;
  /** Per group (not the mayor): its line on this vote. */
  groupLines: Record<string, GroupLine>;
  coalitionLine: GroupLine;
  /** The counts per group (and the mayor) the tally was computed from. */
  blocks: RecordedBlock[];
  votingMembers: number;
  recordedBy: string;
  recordedAt: string;
  /** Set when an admin voided the vote: it then counts in no history figure. */
  voided: VoteVoiding | null;
  /** Only on `resultOnly` votes: then `tally` and `blocks` hold no counts. */
  resultOnly?: ResultOnlyFacts;
};

export type VoteVoiding = { at: string; by: string; reason: string };

export type VoteRecordedEvent = { vote: RecordedVoteView };
/** A voided vote (its motion reopens): history screens drop it from their figures. */
export type VoteVoidedEvent = { vote: RecordedVoteView };

// ---- Live entry (per meeting, one draft per agenda item) ------------------------------------

export type DraftDeviation = { memberId: number; vote: BallotVote };

export type DraftEntryRequest = GroupCountRequest & { deviations?: DraftDeviation[] };

export type DraftView = {
  meetingId: number;
  agendaItemId: number;
  motionId: number;
  date: string;
  entries: DraftEntryRequest[];
  /** Groups (and MAYOR when he votes) not entered yet: counted as absent in the running tally. */
  missingGroupKeys: string[];
  tally: Tally;
  groupLines: Record<string, GroupLine>;
};

export type DraftEvent = { draft: DraftView };

/**
 * POST …/draft/close. Without `missingAbsent` a draft with groups not entered is refused
 * (DRAFT_INCOMPLETE); with it, after the user confirmed, those groups are recorded as absent.
 */
export type CloseDraftRequest = { missingAbsent?: boolean };

// ---- History --------------------------------------------------------------------------------

export type HistoryResultFilter = 'adopted' | 'rejected';

export type HistoryQuery = {
  from?: string;
  to?: string;
  policyArea?: string;
  sponsor?: string;
  result?: HistoryResultFilter;
  /** /history/members only: the group the member had on the day of each vote. */
  groupKey?: string;
  /** Votes of this body's steps only (default `RAT`). */
  body?: string;
};

export type HistoryVoteView = {
  id: number;
  motionId: number;
  title: string;
  reference: string | null;
  policyArea: string | null;
  sponsorGroupKeys: string[];
  date: string;
  result: HistoryResultFilter;
  source: VoteSource;
  tally: Tally;
  groupLines: Record<string, GroupLine>;
  coalitionLine: GroupLine;
  /** Only on `resultOnly` votes: then `tally` holds no counts. */
  resultOnly?: ResultOnlyFacts;
};

export type AdoptedVoteRef = { voteId: number; motionId: number; title: string; date: string };

export type HistorySummary = {
  votes: number;
  adopted: number;
  rejected: number;
  /**
   * Votes known only by their result (`resultOnly`): counted in votes, adopted and rejected,
   * left out of the democratic share and every figure that needs counts.
   */
  votesWithoutCounts: number;
  adoptedWithDemocraticMajority: number;
  democraticShare: number | null;
  adoptedRelyingOnExcluded: AdoptedVoteRef[];
};

export type GroupHistoryRow = {
  groupKey: string;
  /** Votes on which the group had members. */
  votes: number;
  agreementWithCoalition: number | null;
  cohesion: number | null;
  attendance: number | null;
  deviations: number;
  inWinningMajority: number | null;
  pivotal: number;
  present: number;
  absent: number;
};

export type MemberHistoryRow = {
  memberId: number;
  name: string;
  /** The group the member had on the days of these votes (one row per member and group). */
  groupKey: string | null;
  votes: number;
  attendance: number | null;
  deviations: number;
  present: number;
  absent: number;
};

export type AccuracyRow = {
  groupKey: string;
  confidence: Confidence;
  scored: number;
  right: number;
  rate: number | null;
};

export type VoteProjectionRow = {
  groupKey: string;
  stance: Stance | null;
  confidence: Confidence | null;
  line: GroupLine;
  /** null when the stance is not scored (none, split, free, unknown). */
  right: boolean | null;
};

export type HistoryVoteDetail = HistoryVoteView & {
  blocks: RecordedBlock[];
  projection: VoteProjectionRow[];
};

export type BallotExportRow = {
  voteId: number;
  motionId: number;
  date: string;
  title: string;
  memberId: number;
  name: string;
  groupKey: string | null;
  vote: BallotVote;
};

// ---- Coalition agreement --------------------------------------------------------------------

export type ChapterView = { key: string; title: string; position: number; pledges: number };

export type PledgeView = {
  id: number;
  key: string;
  chapterKey: string;
  position: number;
  text: string;
  motionIds: number[];
};

export type PledgeLinkRequest = { pledgeIds: number[] };
export type MotionPledgesView = { motionId: number; pledgeIds: number[] };

export type PartnerCount = { groupKey: string; votes: number };

export type ChapterProgress = {
  chapterKey: string;
  title: string;
  pledges: number;
  withMotions: number;
  withoutMotions: number;
  /** Pledges with at least one adopted motion. */
  adopted: number;
  /** Non-coalition groups whose line was yes on the adopted votes of this chapter's pledges. */
  partners: PartnerCount[];
  pledgeDetails: PledgeProgress[];
};

export type PledgeProgress = {
  pledgeId: number;
  key: string;
  motionIds: number[];
  adoptedMotionIds: number[];
  partnerKeys: string[];
};
