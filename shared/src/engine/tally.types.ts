import type { QuorumRule } from '../domain/body-rules';
import type { RequiredMajority } from '../domain/types';

/** How one block of voters (a group, or the mayor) votes in one scenario or recorded vote. */
export type VoteBlock = {
  key: string;
  excluded: boolean;
  /** The mayor is no group: he votes, but is never reported as a pivotal group. */
  isMayor?: boolean;
  yes: number;
  no: number;
  abstain: number;
  /** Present but not voting (counts for quorum only). */
  notVoting?: number;
  absent: number;
};

export type VoteInput = {
  /** V: statutory voting members (seats, plus the mayor when the mayor votes). */
  votingMembers: number;
  /** The majority counted: the body's majority rule already applied (majorityInBody). */
  requiredMajority: RequiredMajority;
  /** The body's Beschlussfähigkeit; omitted: § 49 GO NRW (more than half). */
  quorumRule?: QuorumRule;
  blocks: VoteBlock[];
};

/** The tally shape of api.md (GET /api/motions/:id/tally, recorded votes). */
export type Tally = {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
  present: number;
  quorum: boolean;
  /** Yes votes needed to adopt, given the no votes as they stand. */
  required: number;
  passes: boolean;
  democraticMajority: boolean;
  reliesOnExcluded: boolean;
  robustAgainstExcluded: boolean;
  blockedByExcluded: boolean;
  /** Democratic yes votes to spare (negative: missing) for a democratic majority. */
  margin: number;
  pivotalGroupKeys: string[];
};

export type ScenarioName = 'expected' | 'best' | 'worst';
export type ScenarioTallies = Record<ScenarioName, Tally>;
