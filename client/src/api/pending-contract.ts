/**
 * Shapes of ../shared/api.md (History, recorded votes) and of the meeting, live-entry and
 * agreement endpoints that are not yet exported by `@mehrheitsplaner/shared`. Every type here is
 * replaced by its shared twin once the server side lands; nothing else in the client declares them.
 */
import type { BallotVote, Confidence, Tally } from '@mehrheitsplaner/shared';

export type GroupLine = 'yes' | 'no' | 'abstain' | null;
export type VoteResult = 'adopted' | 'rejected';

// Recording votes (api.md, POST /api/motions/:id/votes)
export type GroupCounts = { groupKey: string; yes: number; no: number; abstain: number; absent: number };
export type RecordVoteRequest = {
  date?: string;
  meetingId?: number;
  ballots?: { memberId: number; vote: BallotVote }[];
  groupCounts?: GroupCounts[];
};
export type RecordedVoteView = {
  id: number;
  motionId: number;
  date: string;
  meetingId?: number | null;
  tally: Tally;
  groupLines: Record<string, GroupLine>;
  /** Per group: the whip prediction before the vote beside the group line (projection). */
  projection?: ProjectionRow[];
};
export type ProjectionRow = {
  groupKey: string;
  stance: string | null;
  confidence: Confidence | null;
  line: GroupLine;
  right: boolean | null;
};

// History (api.md, section History)
export type HistoryQuery = {
  from?: string;
  to?: string;
  policyArea?: string;
  sponsor?: string;
  result?: VoteResult | '';
};
export type HistoryVote = {
  id: number;
  motionId: number;
  title: string;
  date: string;
  tally: Tally;
  groupLines: Record<string, GroupLine>;
};
export type HistorySummary = {
  votes: number;
  adopted: number;
  adoptedWithDemocraticMajority: number;
  democraticShare: number | null;
  adoptedRelyingOnExcluded: { motionId: number; title: string; date: string }[];
};
export type HistoryGroupRow = {
  groupKey: string;
  votes: number;
  agreementWithCoalition: number | null;
  cohesion: number | null;
  attendance: number | null;
  deviations: number;
  inWinningMajority: number | null;
  pivotal: number;
};
export type HistoryMemberRow = {
  memberId: number;
  name: string;
  groupKey: string | null;
  votes: number;
  attendance: number | null;
  deviations: number;
};
export type HistoryAccuracyRow = {
  groupKey: string;
  confidence: Confidence;
  scored: number;
  right: number;
};

// Meetings and the live entry mode
export type AgendaItemView = {
  id: number;
  number: string | null;
  name: string;
  position: number;
  motionId: number | null;
  /** The vote recorded for this item, if any. */
  voteId?: number | null;
};
export type MeetingView = {
  id: number;
  name: string;
  date: string;
  start?: string | null;
  cancelled?: boolean;
  agendaItems?: AgendaItemView[];
};
export type CreateMeetingRequest = { name: string; date: string };
export type CreateAgendaItemRequest = { name: string; motionId?: number; number?: string };
export type DraftDeviation = { memberId: number; vote: BallotVote };
export type DraftRequest = GroupCounts & { deviations?: DraftDeviation[] };
export type LiveDraftView = {
  meetingId: number;
  itemId: number;
  groups: (GroupCounts & { deviations?: DraftDeviation[] })[];
  tally: Tally | null;
};

// Coalition agreement
export type PledgeView = { id: number; chapterId: number; text: string };
export type AgreementChapterView = { id: number; number?: number; title: string; pledges: PledgeView[] };
export type PledgeProgress = {
  pledgeId: number;
  motions: { motionId: number; title: string; status: string; adopted: boolean; partners: string[] }[];
};
export type ChapterProgress = {
  chapterId: number;
  title: string;
  pledges: number;
  withMotions: number;
  adopted: number;
  partners: Record<string, number>;
  items?: PledgeProgress[];
};
