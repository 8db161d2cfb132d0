import type { VoteSource } from '../api/history';
import type { Tally } from '../engine/tally.types';

/** Whether a vote has counts: one known only by its result has none to compute figures from. */
export function hasCounts(vote: { source?: VoteSource }): boolean {
  return vote.source !== 'resultOnly';
}

/**
 * The tally stored with a vote known only by its result: `passes` is the result, every count is
 * 0 and every flag false. The shape stays a Tally for the API; `source: 'resultOnly'` tells
 * readers these are no figures (the history leaves such votes out of all counted statistics).
 */
export function resultOnlyTally(adopted: boolean): Tally {
  return {
    yes: 0,
    no: 0,
    abstain: 0,
    absent: 0,
    present: 0,
    quorum: false,
    required: 0,
    passes: adopted,
    democraticMajority: false,
    reliesOnExcluded: false,
    robustAgainstExcluded: false,
    blockedByExcluded: false,
    margin: 0,
    pivotalGroupKeys: [],
  };
}
