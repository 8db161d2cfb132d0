import type { QuorumRule } from '../domain/body-rules';
import type { Confidence, MemberWhipVote, RequiredMajority, Stance } from '../domain/types';

/** A member-level override of the group line: deviating or absent. */
export type MemberOverride = MemberWhipVote;

export type SplitCounts = { yes: number; no: number; abstain: number };

/** One entry of a whip count, joined with what the engine needs to know of its group. */
export type WhipGroupInput = {
  key: string;
  /** Current members of the group (1 for the mayor). */
  seats: number;
  excluded: boolean;
  isMayor?: boolean;
  stance: Stance;
  confidence: Confidence;
  /** Members of the group expected to be away. */
  absent: number;
  /** Required when stance is 'split'. Members beyond split + absent count as absent. */
  split?: SplitCounts;
  /** Members who deviate from the group line or are absent, one entry per member. */
  overrides?: MemberOverride[];
};

export type WhipCountInput = {
  votingMembers: number;
  /** The majority counted: the body's majority rule already applied (majorityInBody). */
  requiredMajority: RequiredMajority;
  /** The body's Beschlussfähigkeit; omitted: § 49 GO NRW (more than half). */
  quorumRule?: QuorumRule;
  groups: WhipGroupInput[];
};
