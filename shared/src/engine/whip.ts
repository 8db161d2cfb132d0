import { VOTE_OPTIONS } from '../domain/types';
import { tallyVote } from './tally';
import type { ScenarioTallies, Tally, VoteBlock } from './tally.types';
import type { WhipCountInput, WhipGroupInput } from './whip.types';

type Direction = 'yes' | 'no';

/** Votes of one whip entry as entered: unknown, free vote and unassigned members count as absent. */
function expectedBlock(group: WhipGroupInput): VoteBlock {
  const overrides = group.overrides ?? [];
  const lineMembers = Math.max(0, group.seats - group.absent - overrides.length);
  const block: VoteBlock = {
    key: group.key,
    excluded: group.excluded,
    isMayor: group.isMayor,
    yes: 0,
    no: 0,
    abstain: 0,
    absent: group.absent,
  };
  switch (group.stance) {
    case 'yes':
    case 'no':
    case 'abstain':
      block[group.stance] += lineMembers;
      break;
    case 'split': {
      // Split counts are clipped to the members left on the line; the rest count as absent.
      let left = lineMembers;
      for (const option of VOTE_OPTIONS) {
        const votes = Math.min(left, group.split?.[option] ?? 0);
        block[option] += votes;
        left -= votes;
      }
      block.absent += left;
      break;
    }
    case 'free':
    case 'unknown':
      block.absent += lineMembers;
      break;
  }
  for (const override of overrides) block[override] += 1;
  return block;
}

/** Whether the entry is firm information: a confirmed yes, no, abstain or split. */
export function isConfirmed(group: WhipGroupInput): boolean {
  return group.confidence === 'confirmed' && group.stance !== 'unknown' && group.stance !== 'free';
}

/** Every member not known to be away votes the given way (overrides to absent stay absent). */
function allPresentVote(group: WhipGroupInput, direction: Direction): VoteBlock {
  const awayByOverride = (group.overrides ?? []).filter((o) => o === 'absent').length;
  const absent = Math.min(group.seats, group.absent + awayByOverride);
  return {
    key: group.key,
    excluded: group.excluded,
    isMayor: group.isMayor,
    yes: direction === 'yes' ? group.seats - absent : 0,
    no: direction === 'no' ? group.seats - absent : 0,
    abstain: 0,
    absent,
  };
}

function scenarioBlocks(
  input: WhipCountInput,
  democratic: Direction | null,
  excluded: Direction | null,
): VoteBlock[] {
  return input.groups.map((group) => {
    if (group.excluded) return excluded ? allPresentVote(group, excluded) : expectedBlock(group);
    if (democratic && !isConfirmed(group)) return allPresentVote(group, democratic);
    return expectedBlock(group);
  });
}

function tallyOf(input: WhipCountInput, blocks: VoteBlock[]): Tally {
  return tallyVote({
    votingMembers: input.votingMembers,
    requiredMajority: input.requiredMajority,
    quorumRule: input.quorumRule,
    blocks,
  });
}

/**
 * The three scenarios of a whip count (domain.md): expected as entered; best, where every
 * non-confirmed democratic vote goes the coalition's way (yes); worst, where every non-confirmed
 * democratic vote goes against it and excluded groups vote whichever way hurts: no for the
 * result, yes for `reliesOnExcluded`.
 */
export function whipScenarios(input: WhipCountInput): ScenarioTallies {
  const worst = tallyOf(input, scenarioBlocks(input, 'no', 'no'));
  const worstWithExcludedYes = tallyOf(input, scenarioBlocks(input, 'no', 'yes'));
  return {
    expected: tallyOf(input, scenarioBlocks(input, null, null)),
    best: tallyOf(input, scenarioBlocks(input, 'yes', null)),
    worst: { ...worst, reliesOnExcluded: worstWithExcludedYes.reliesOnExcluded },
  };
}

/** The expected scenario's vote blocks, for callers that need the raw counts (e.g. the builder). */
export function expectedBlocks(input: WhipCountInput): VoteBlock[] {
  return scenarioBlocks(input, null, null);
}
