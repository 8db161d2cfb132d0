import type { QuorumRule } from '../domain/body-rules';
import type { Confidence, RequiredMajority, Stance, VoteOption } from '../domain/types';
import type { Tally, VoteBlock } from '../engine/tally.types';

/** A group's line on one vote: its most chosen option among yes/no/abstain; a tie → null. */
export type GroupLine = VoteOption | null;

/**
 * One block of a recorded vote: the engine's VoteBlock (a group, or the mayor with `isMayor`)
 * plus whether the group belonged to the coalition when the vote was recorded.
 */
export type RecordedBlock = VoteBlock & { coalition: boolean };

/** What the history figures need of one recorded vote. */
export type HistoryVote = {
  id: number;
  motionId: number;
  title: string;
  date: string;
  /** The majority the vote was counted under (the body's majority rule applied). */
  requiredMajority: RequiredMajority;
  /** The body's quorum rule when the vote was recorded; omitted: § 49 GO NRW. */
  quorumRule?: QuorumRule;
  votingMembers: number;
  blocks: RecordedBlock[];
  tally: Tally;
};

/** What one ballot contributes to its member's figures. */
export type BallotFacts = { present: 0 | 1; absent: 0 | 1; deviates: 0 | 1 };

/** A member's ballots summed over a period, for one group the member had on those days. */
export type MemberBallotSums = {
  memberId: number;
  name: string;
  groupKey: string | null;
  votes: number;
  present: number;
  absent: number;
  deviations: number;
};

/** A group's whip entry captured when a vote was recorded (the last one before the vote). */
export type RecordedPrediction = { groupKey: string; stance: Stance; confidence: Confidence };
