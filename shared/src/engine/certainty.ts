import type { ScenarioTallies } from './tally.types';
import { isConfirmed } from './whip';
import type { WhipCountInput } from './whip.types';

/** How sure the coalition can be of a democratic majority (domain.md, "Certainty"). */
export type CertaintyLevel = 'secured' | 'likely' | 'open' | 'outOfReach';

export const CERTAINTY_LEVELS = [
  'secured',
  'likely',
  'open',
  'outOfReach',
] as const satisfies readonly CertaintyLevel[];

export type Certainty = {
  level: CertaintyLevel;
  /**
   * The margin of the scenario that decides the level (votes to spare, negative = votes missing):
   * worst case when secured, expected when likely or open, best case when out of reach.
   */
  margin: number;
  /** Only when likely: democratic votes still uncertain or unknown (they decide the worst case). */
  uncertainVotes?: number;
  /** The expected case passes only with excluded votes ("nur mit AfD-Stimmen"). */
  reliesOnExcluded: boolean;
  /** The expected attendance breaks the quorum ("nicht beschlussfähig"). */
  quorumAtRisk: boolean;
};

/**
 * Democratic votes the whip count is not sure of: members of non-excluded groups (the mayor
 * included) whose entry is not a confirmed yes, no, abstain or split and who are not expected
 * away. These are the votes the best and worst case move.
 */
export function uncertainVotesOf(input: WhipCountInput): number {
  let votes = 0;
  for (const group of input.groups) {
    if (group.excluded || isConfirmed(group)) continue;
    const away = group.absent + (group.overrides ?? []).filter((o) => o === 'absent').length;
    votes += Math.max(0, group.seats - away);
  }
  return votes;
}

/**
 * The level of the three scenarios, checked from the safest down (domain.md table): the first
 * scenario with a democratic majority decides, and its margin is the one shown. Unknown votes
 * never count as reserve: the expected margin is only shown once the worst case is not secured.
 */
export function certaintyOf(tallies: ScenarioTallies, uncertainVotes: number): Certainty {
  const { expected, best, worst } = tallies;
  const warnings = {
    reliesOnExcluded: expected.reliesOnExcluded,
    quorumAtRisk: !expected.quorum,
  };
  if (worst.democraticMajority) return { level: 'secured', margin: worst.margin, ...warnings };
  if (expected.democraticMajority) {
    return { level: 'likely', margin: expected.margin, uncertainVotes, ...warnings };
  }
  if (best.democraticMajority) return { level: 'open', margin: expected.margin, ...warnings };
  return { level: 'outOfReach', margin: best.margin, ...warnings };
}
