import { hasQuorum, meetsMajority, requiredYes } from './majority-rules';
import type { Tally, VoteBlock, VoteInput } from './tally.types';

type Totals = {
  yes: number;
  no: number;
  abstain: number;
  notVoting: number;
  absent: number;
  excludedYes: number;
  excludedNo: number;
  excludedPresent: number;
};

function sumBlocks(blocks: readonly VoteBlock[]): Totals {
  const totals: Totals = {
    yes: 0,
    no: 0,
    abstain: 0,
    notVoting: 0,
    absent: 0,
    excludedYes: 0,
    excludedNo: 0,
    excludedPresent: 0,
  };
  for (const block of blocks) {
    const notVoting = block.notVoting ?? 0;
    totals.yes += block.yes;
    totals.no += block.no;
    totals.abstain += block.abstain;
    totals.notVoting += notVoting;
    totals.absent += block.absent;
    if (block.excluded) {
      totals.excludedYes += block.yes;
      totals.excludedNo += block.no;
      totals.excludedPresent += block.yes + block.no + block.abstain + notVoting;
    }
  }
  return totals;
}

/** Whether a democratic majority (no excluded vote needed) exists for these blocks. */
export function hasDemocraticMajority(input: VoteInput): boolean {
  const t = sumBlocks(input.blocks);
  const present = t.yes + t.no + t.abstain + t.notVoting;
  const { requiredMajority: kind, votingMembers: v } = input;
  return (
    hasQuorum(present, v, input.quorumRule) &&
    meetsMajority(kind, t.yes, t.no, v) &&
    meetsMajority(kind, t.yes - t.excludedYes, t.no, v)
  );
}

/**
 * Tallies one vote (planned or recorded) with every firewall metric of domain.md.
 * Excluded members count for quorum like anyone else; their votes are never needed for a
 * democratic majority.
 */
export function tallyVote(input: VoteInput): Tally {
  const { requiredMajority: kind, votingMembers: v } = input;
  const t = sumBlocks(input.blocks);
  const present = t.yes + t.no + t.abstain + t.notVoting;
  const quorum = hasQuorum(present, v, input.quorumRule);
  const democraticYes = t.yes - t.excludedYes;
  const democraticNo = t.no - t.excludedNo;
  const passes = quorum && meetsMajority(kind, t.yes, t.no, v);
  const democraticMajority = passes && meetsMajority(kind, democraticYes, t.no, v);
  const required = requiredYes(kind, t.no, v);
  return {
    yes: t.yes,
    no: t.no,
    abstain: t.abstain,
    absent: t.absent,
    present,
    quorum,
    required,
    passes,
    democraticMajority,
    reliesOnExcluded: passes && !democraticMajority,
    robustAgainstExcluded:
      quorum && meetsMajority(kind, democraticYes, democraticNo + t.excludedPresent, v),
    blockedByExcluded: quorum && !passes && meetsMajority(kind, t.yes, democraticNo, v),
    margin: democraticYes - required,
    pivotalGroupKeys: pivotalGroupKeys(input, democraticMajority),
  };
}

/**
 * Non-excluded groups whose whole vote, moved to no (while a democratic majority stands) or to
 * yes (while none does), flips the democratic majority. Absent and non-voting members stay put.
 */
export function pivotalGroupKeys(input: VoteInput, democraticMajority: boolean): string[] {
  return input.blocks
    .filter((block) => !block.excluded && !block.isMayor)
    .filter((block) => {
      const voting = block.yes + block.no + block.abstain;
      if (voting === 0) return false;
      const switched: VoteBlock = democraticMajority
        ? { ...block, yes: 0, no: voting, abstain: 0 }
        : { ...block, yes: voting, no: 0, abstain: 0 };
      const blocks = input.blocks.map((other) => (other === block ? switched : other));
      return hasDemocraticMajority({ ...input, blocks }) !== democraticMajority;
    })
    .map((block) => block.key);
}
