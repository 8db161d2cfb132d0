import type { QuorumRule } from '../domain/body-rules';
import type { RequiredMajority } from '../domain/types';

export type BuilderGroup = {
  key: string;
  /** Members of the group (1 for the mayor). */
  seats: number;
  excluded: boolean;
  isMayor?: boolean;
};

export type BuilderInput = {
  votingMembers: number;
  requiredMajority: RequiredMajority;
  /** The body's Beschlussfähigkeit; omitted: § 49 GO NRW (more than half). */
  quorumRule?: QuorumRule;
  groups: BuilderGroup[];
  /** Groups firmly voting yes with the coalition (never excluded ones). */
  firmKeys: string[];
  /** What-if: groups that abstain as a whole (they are no candidates). */
  abstainKeys?: string[];
  /** Groups known to vote no (e.g. a confirmed no in the whip count): counted no, never suggested. */
  noKeys?: string[];
  /** What-if: members of a group who are absent. */
  absent?: Record<string, number>;
};

export type MajorityOption = {
  groupKeys: string[];
  /** Yes votes when the firm groups and this set vote yes. */
  yes: number;
  margin: number;
};
