import type {
  AdoptedVoteRef,
  GroupHistoryRow,
  HistorySummary,
  MemberHistoryRow,
  VoteSource,
} from '../api/history';
import { hasDemocraticMajority } from '../engine/tally';
import type { GroupLine, HistoryVote, MemberBallotSums } from './history.types';
import {
  agreementIndex,
  deviationCount,
  groupBlocks,
  groupLine,
  presentCount,
  voteLines,
} from './lines';
import { hasCounts } from './result-only';

/** A share with nothing to count is null, not 0. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function newestFirst(a: Pick<HistoryVote, 'date' | 'id'>, b: Pick<HistoryVote, 'date' | 'id'>) {
  return b.date.localeCompare(a.date) || b.id - a.id;
}

/** What the summary needs of a vote: who, when, how recorded and the tally's verdict. */
export type SummaryVote = Pick<HistoryVote, 'id' | 'motionId' | 'title' | 'date'> & {
  tally: Pick<HistoryVote['tally'], 'passes' | 'democraticMajority' | 'reliesOnExcluded'>;
  source?: VoteSource;
};

/**
 * Votes, adoptions, the democratic share and every adopted vote that relied on excluded votes.
 * Votes without counts add to votes, adopted and rejected only: their tally is no figure.
 */
export function historySummary(votes: readonly SummaryVote[]): HistorySummary {
  const adopted = votes.filter((vote) => vote.tally.passes);
  const counted = adopted.filter(hasCounts);
  const democratic = counted.filter((vote) => vote.tally.democraticMajority).length;
  const relying: AdoptedVoteRef[] = counted
    .filter((vote) => vote.tally.reliesOnExcluded)
    .sort(newestFirst)
    .map(({ id, motionId, title, date }) => ({ voteId: id, motionId, title, date }));
  return {
    votes: votes.length,
    adopted: adopted.length,
    rejected: votes.length - adopted.length,
    votesWithoutCounts: votes.length - votes.filter(hasCounts).length,
    adoptedWithDemocraticMajority: democratic,
    democraticShare: rate(democratic, counted.length),
    adoptedRelyingOnExcluded: relying,
  };
}

/**
 * Whether a group was pivotal on a vote: adopted with a democratic majority, the group's line is
 * yes, and counting the group's yes ballots as absent ends the democratic majority (engine).
 */
export function isPivotal(vote: HistoryVote, groupKey: string): boolean {
  if (!vote.tally.democraticMajority) return false;
  const block = groupBlocks(vote.blocks).find((candidate) => candidate.key === groupKey);
  if (!block || groupLine(block) !== 'yes') return false;
  const blocks = vote.blocks.map((other) =>
    other === block ? { ...other, yes: 0, absent: other.absent + other.yes } : other,
  );
  return !hasDemocraticMajority({
    votingMembers: vote.votingMembers,
    requiredMajority: vote.requiredMajority,
    quorumRule: vote.quorumRule,
    blocks,
  });
}

type GroupAccumulator = {
  votes: number;
  agreed: number;
  agreementCounted: number;
  cohesionSum: number;
  cohesionCounted: number;
  present: number;
  absent: number;
  deviations: number;
  winning: number;
  winningCounted: number;
  pivotal: number;
};

function emptyAccumulator(): GroupAccumulator {
  return {
    votes: 0,
    agreed: 0,
    agreementCounted: 0,
    cohesionSum: 0,
    cohesionCounted: 0,
    present: 0,
    absent: 0,
    deviations: 0,
    winning: 0,
    winningCounted: 0,
    pivotal: 0,
  };
}

/** What one group did on one vote, as the group figures count it. */
export type GroupOnVote = {
  key: string;
  line: GroupLine;
  present: number;
  absent: number;
  deviations: number;
  agreementIndex: number | null;
  pivotal: boolean;
};

/** The per-vote facts of the group figures (a vote is immutable once recorded). */
export type VoteFacts = { coalitionLine: GroupLine; groups: GroupOnVote[] };

const factsMemo = new WeakMap<HistoryVote['blocks'], VoteFacts>();

/**
 * Every group's line, attendance, deviations, Agreement Index and pivotality on one vote, plus
 * the coalition line. Memoised per blocks array: a recorded vote's blocks never change.
 */
export function voteFacts(vote: HistoryVote): VoteFacts {
  const memo = factsMemo.get(vote.blocks);
  if (memo) return memo;
  const facts: VoteFacts = {
    coalitionLine: voteLines(vote).coalitionLine,
    groups: groupBlocks(vote.blocks).map((block) => ({
      key: block.key,
      line: groupLine(block),
      present: presentCount(block),
      absent: block.absent,
      deviations: deviationCount(block),
      agreementIndex: agreementIndex(block),
      pivotal: isPivotal(vote, block.key),
    })),
  };
  factsMemo.set(vote.blocks, facts);
  return facts;
}

/**
 * The per-group figures of domain.md "Voting history" over a set of recorded votes. Groups are
 * reported in `groupKeys` order (default: order of first appearance); the mayor is no group.
 */
export function groupHistory(
  votes: readonly HistoryVote[],
  groupKeys?: readonly string[],
): GroupHistoryRow[] {
  const accumulators = new Map<string, GroupAccumulator>(
    (groupKeys ?? []).map((key) => [key, emptyAccumulator()]),
  );
  for (const vote of votes) {
    const { coalitionLine, groups } = voteFacts(vote);
    const backedAndAdopted = vote.tally.passes && coalitionLine === 'yes';
    for (const group of groups) {
      let acc = accumulators.get(group.key);
      if (!acc) {
        if (groupKeys) continue;
        acc = emptyAccumulator();
        accumulators.set(group.key, acc);
      }
      if (group.present + group.absent === 0) continue;
      acc.votes += 1;
      acc.present += group.present;
      acc.absent += group.absent;
      acc.deviations += group.deviations;
      if (group.agreementIndex !== null) {
        acc.cohesionSum += group.agreementIndex;
        acc.cohesionCounted += 1;
      }
      if (group.line !== null && coalitionLine !== null) {
        acc.agreementCounted += 1;
        if (group.line === coalitionLine) acc.agreed += 1;
      }
      if (backedAndAdopted && group.line !== null) {
        acc.winningCounted += 1;
        if (group.line === 'yes') acc.winning += 1;
      }
      if (group.pivotal) acc.pivotal += 1;
    }
  }
  return [...accumulators].map(([groupKey, acc]) => ({
    groupKey,
    votes: acc.votes,
    agreementWithCoalition: rate(acc.agreed, acc.agreementCounted),
    cohesion: acc.cohesionCounted === 0 ? null : acc.cohesionSum / acc.cohesionCounted,
    attendance: rate(acc.present, acc.present + acc.absent),
    deviations: acc.deviations,
    inWinningMajority: rate(acc.winning, acc.winningCounted),
    pivotal: acc.pivotal,
    present: acc.present,
    absent: acc.absent,
  }));
}

/** Per-member figures from the member's summed ballot facts (one row per member and group). */
export function memberHistory(sums: readonly MemberBallotSums[]): MemberHistoryRow[] {
  return sums.map((sum) => ({
    memberId: sum.memberId,
    name: sum.name,
    groupKey: sum.groupKey,
    votes: sum.votes,
    attendance: rate(sum.present, sum.present + sum.absent),
    deviations: sum.deviations,
    present: sum.present,
    absent: sum.absent,
  }));
}
