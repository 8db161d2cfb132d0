import { VOTE_OPTIONS, type BallotVote, type VoteOption } from '../domain/types';
import type { VoteBlock } from '../engine/tally.types';
import type { BallotFacts, GroupLine, HistoryVote, RecordedBlock } from './history.types';

type OptionCounts = Pick<VoteBlock, 'yes' | 'no' | 'abstain'>;

/** yes + no + abstain: the ballots that can follow or break a line. */
export function optionTotal(counts: OptionCounts): number {
  return counts.yes + counts.no + counts.abstain;
}

/** The option with the most ballots; a tie for the most (or no such ballot at all) → null. */
export function groupLine(counts: OptionCounts): GroupLine {
  const max = Math.max(counts.yes, counts.no, counts.abstain);
  if (max === 0) return null;
  const top = VOTE_OPTIONS.filter((option) => counts[option] === max);
  return top.length === 1 ? top[0] : null;
}

/**
 * The Agreement Index `(max - (T - max) / 2) / T` of one group on one vote (1 = united,
 * 0 = split three ways evenly); null without a yes/no/abstain ballot.
 */
export function agreementIndex(counts: OptionCounts): number | null {
  const total = optionTotal(counts);
  if (total === 0) return null;
  const max = Math.max(counts.yes, counts.no, counts.abstain);
  return (max - (total - max) / 2) / total;
}

/** yes/no/abstain ballots that differ from the group's line (none without a line). */
export function deviationCount(counts: OptionCounts): number {
  const line = groupLine(counts);
  return line === null ? 0 : optionTotal(counts) - counts[line];
}

/** Present = yes, no, abstain or not voting. */
export function presentCount(block: VoteBlock): number {
  return block.yes + block.no + block.abstain + (block.notVoting ?? 0);
}

/** The blocks of real groups: the mayor is no group and is left out of group figures. */
export function groupBlocks(blocks: readonly RecordedBlock[]): RecordedBlock[] {
  return blocks.filter((block) => !block.isMayor);
}

/** The line of all coalition groups' ballots taken together (the mayor not included). */
export function coalitionLine(blocks: readonly RecordedBlock[]): GroupLine {
  const coalition = groupBlocks(blocks).filter((block) => block.coalition);
  if (coalition.length === 0) return null;
  return groupLine({
    yes: coalition.reduce((sum, block) => sum + block.yes, 0),
    no: coalition.reduce((sum, block) => sum + block.no, 0),
    abstain: coalition.reduce((sum, block) => sum + block.abstain, 0),
  });
}

export type VoteLines = { groupLines: Record<string, GroupLine>; coalitionLine: GroupLine };

/** Every group's line and the coalition line of one recorded vote. */
export function voteLines(vote: Pick<HistoryVote, 'blocks'>): VoteLines {
  const groupLines: Record<string, GroupLine> = {};
  for (const block of groupBlocks(vote.blocks)) groupLines[block.key] = groupLine(block);
  return { groupLines, coalitionLine: coalitionLine(vote.blocks) };
}

function isOption(vote: BallotVote): vote is VoteOption {
  return vote === 'yes' || vote === 'no' || vote === 'abstain';
}

/** What one member's ballot adds to the member's attendance and deviations. */
export function ballotFacts(vote: BallotVote, line: GroupLine): BallotFacts {
  return {
    present: vote === 'absent' ? 0 : 1,
    absent: vote === 'absent' ? 1 : 0,
    deviates: line !== null && isOption(vote) && vote !== line ? 1 : 0,
  };
}

/** How the mayor voted on a recorded vote; null when the mayor had no vote on it. */
export function mayorBallot(blocks: readonly RecordedBlock[]): BallotVote | null {
  const mayor = blocks.find((block) => block.isMayor);
  if (!mayor) return null;
  const option = VOTE_OPTIONS.find((candidate) => mayor[candidate] > 0);
  if (option) return option;
  return (mayor.notVoting ?? 0) > 0 ? 'notVoting' : 'absent';
}
