import { certaintyOf, uncertainVotesOf, type Certainty } from './certainty';
import type { ScenarioTallies } from './tally.types';
import { hasDemocraticMajority } from './tally';
import { expectedBlocks, whipScenarios } from './whip';
import type { WhipCountInput, WhipGroupInput } from './whip.types';

/**
 * The badge of a motion: ✓ democratic majority · ⚠ only with excluded votes · ✗ no majority ·
 * ? open (no democratic majority is expected, but the democratic groups whose stance is still
 * unknown or free could bring one about by voting yes).
 */
export type Verdict = 'democratic' | 'onlyWithExcluded' | 'noMajority' | 'open';

export type WhipVerdict = { verdict: Verdict; tallies: ScenarioTallies; certainty: Certainty };

function undecidedCouldWin(input: WhipCountInput): boolean {
  const isUndecided = (g: WhipGroupInput) =>
    !g.excluded && (g.stance === 'unknown' || g.stance === 'free');
  if (!input.groups.some(isUndecided)) return false;
  const groups = input.groups.map((g) => (isUndecided(g) ? { ...g, stance: 'yes' as const } : g));
  return hasDemocraticMajority({ ...input, blocks: expectedBlocks({ ...input, groups }) });
}

export function verdictOf(tallies: ScenarioTallies, undecidedCouldWin: boolean): Verdict {
  if (tallies.expected.democraticMajority) return 'democratic';
  if (tallies.expected.reliesOnExcluded) return 'onlyWithExcluded';
  return undecidedCouldWin ? 'open' : 'noMajority';
}

/** The three scenarios of a whip count, the motion's badge and its certainty. */
export function whipVerdict(input: WhipCountInput): WhipVerdict {
  const tallies = whipScenarios(input);
  return {
    tallies,
    verdict: verdictOf(tallies, undecidedCouldWin(input)),
    certainty: certaintyOf(tallies, uncertainVotesOf(input)),
  };
}
