import fc from 'fast-check';
import { builderVote } from './__fixtures__/council.fixtures';
import {
  literalMargin,
  literalMeets,
  literalQuorum,
  literalTotals,
} from './__fixtures__/domain-oracle';
import {
  PROPERTY_PARAMETERS,
  builderInputArb,
  cutsArb,
  spread,
  voteInputArb,
  whipCountArb,
} from './__fixtures__/engine.arbitraries';
import { majorityOptions } from './builder';
import type { BuilderInput, MajorityOption } from './builder.types';
import { tallyVote } from './tally';
import type { Tally, VoteBlock, VoteInput } from './tally.types';
import { whipScenarios } from './whip';

function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  fc.assert(fc.property(arbitrary, predicate), PROPERTY_PARAMETERS);
}

/** democraticMajority straight from the words of domain.md. */
function literalDemocratic(input: VoteInput): boolean {
  const t = literalTotals(input.blocks);
  const v = input.votingMembers;
  const kind = input.requiredMajority;
  return (
    literalQuorum(t.present, v) &&
    literalMeets(kind, t.y, t.n, v) &&
    literalMeets(kind, t.yd, t.n, v)
  );
}

function withBlock(input: VoteInput, index: number, block: VoteBlock): VoteInput {
  return { ...input, blocks: input.blocks.map((other, i) => (i === index ? block : other)) };
}

/** Democratic yes votes of a tally: margin = Yd - required. */
function democraticYes(tally: Tally): number {
  return tally.margin + tally.required;
}

describe('tally properties', () => {
  it('should agree with the literal formulas of domain.md when votes are random', () => {
    check(voteInputArb(), (input) => {
      const tally = tallyVote(input);
      const t = literalTotals(input.blocks);
      const v = input.votingMembers;
      const kind = input.requiredMajority;
      const quorum = literalQuorum(t.present, v);
      const passes = quorum && literalMeets(kind, t.y, t.n, v);
      const democratic = passes && literalMeets(kind, t.yd, t.n, v);
      // Every present excluded member voting no, those not voting included.
      const excludedPresent = t.yx + t.nx + t.ax + t.nvx;
      expect(tally).toMatchObject({
        yes: t.y,
        no: t.n,
        present: t.present,
        quorum,
        passes,
        democraticMajority: democratic,
        reliesOnExcluded: passes && !literalMeets(kind, t.yd, t.n, v),
        robustAgainstExcluded: quorum && literalMeets(kind, t.yd, t.nd + excludedPresent, v),
        blockedByExcluded: quorum && !passes && literalMeets(kind, t.y, t.nd, v),
        margin: literalMargin(kind, t.yd, t.n, v),
      });
    });
  });

  it('should always pass and never rely on excluded votes when there is a democratic majority', () => {
    check(voteInputArb(), (input) => {
      const tally = tallyVote(input);
      if (tally.democraticMajority) {
        expect(tally.passes).toBe(true);
        expect(tally.reliesOnExcluded).toBe(false);
      }
    });
  });

  it('should make reliesOnExcluded and democraticMajority exclusive and together equal to passes', () => {
    check(voteInputArb(), (input) => {
      const tally = tallyVote(input);
      expect(tally.reliesOnExcluded && tally.democraticMajority).toBe(false);
      expect(tally.reliesOnExcluded || tally.democraticMajority).toBe(tally.passes);
    });
  });

  it('should never turn a pass into a fail when one absent or abstaining member votes yes', () => {
    const arb = fc.record({
      input: voteInputArb(),
      pick: fc.nat(),
      fromAbsent: fc.boolean(),
    });
    check(arb, ({ input, pick, fromAbsent }) => {
      const index = pick % input.blocks.length;
      const block = input.blocks[index];
      const source = fromAbsent ? 'absent' : 'abstain';
      fc.pre(block[source] > 0);
      const before = tallyVote(input);
      const after = tallyVote(
        withBlock(input, index, { ...block, [source]: block[source] - 1, yes: block.yes + 1 }),
      );
      if (before.passes) expect(after.passes).toBe(true);
      if (before.democraticMajority && !block.excluded) expect(after.democraticMajority).toBe(true);
      if (!block.excluded) expect(after.margin).toBeGreaterThanOrEqual(before.margin);
    });
  });

  it('should keep a democratic majority whatever the excluded members vote when robust', () => {
    check(fc.record({ input: voteInputArb('some'), cuts: cutsArb }), ({ input, cuts }) => {
      fc.pre(tallyVote(input).robustAgainstExcluded);
      const redistribute = (all: 'no' | null): VoteInput => ({
        ...input,
        blocks: input.blocks.map((block, i) => {
          if (!block.excluded) return block;
          const present = block.yes + block.no + block.abstain + (block.notVoting ?? 0);
          const votes = all
            ? { yes: 0, no: present, abstain: 0, notVoting: 0 }
            : spread(present, cuts[i]);
          return { ...block, ...votes };
        }),
      });
      expect(tallyVote(redistribute(null)).democraticMajority).toBe(true);
      expect(tallyVote(redistribute('no')).democraticMajority).toBe(true);
      expect(tallyVote(input).democraticMajority).toBe(true);
    });
  });

  it('should let nothing pass and report no pivotal group when there is no quorum', () => {
    check(voteInputArb(), (input) => {
      const tally = tallyVote(input);
      if (!tally.quorum) {
        expect(tally).toMatchObject({
          passes: false,
          democraticMajority: false,
          reliesOnExcluded: false,
          robustAgainstExcluded: false,
          blockedByExcluded: false,
          pivotalGroupKeys: [],
        });
      }
    });
  });

  it('should never rely on or be blocked by excluded votes when no group is excluded', () => {
    check(voteInputArb('none'), (input) => {
      const tally = tallyVote(input);
      expect(tally.reliesOnExcluded).toBe(false);
      expect(tally.blockedByExcluded).toBe(false);
      expect(tally.democraticMajority).toBe(tally.passes);
      expect(tally.robustAgainstExcluded).toBe(tally.passes);
    });
  });

  it('should have a margin >= 0 exactly when the democratic condition holds, quorum aside', () => {
    check(voteInputArb(), (input) => {
      const tally = tallyVote(input);
      const t = literalTotals(input.blocks);
      expect(tally.margin >= 0).toBe(
        literalMeets(input.requiredMajority, t.yd, t.n, input.votingMembers),
      );
      expect(tally.democraticMajority).toBe(tally.quorum && tally.margin >= 0);
    });
  });

  it('should have every excluded member no-vote as the only difference between blocked and a pass', () => {
    check(voteInputArb('some'), (input) => {
      const tally = tallyVote(input);
      if (!tally.blockedByExcluded) return;
      const withoutExcludedNo = tallyVote({
        ...input,
        blocks: input.blocks.map((block) =>
          block.excluded ? { ...block, no: 0, abstain: block.abstain + block.no } : block,
        ),
      });
      expect(tally.passes).toBe(false);
      expect(withoutExcludedNo.passes).toBe(true);
    });
  });

  it('should report exactly the groups whose switch flips the democratic majority', () => {
    check(voteInputArb(), (input) => {
      const tally = tallyVote(input);
      const democratic = literalDemocratic(input);
      expect(tally.democraticMajority).toBe(democratic);
      input.blocks.forEach((block, index) => {
        const reported = tally.pivotalGroupKeys.includes(block.key);
        if (block.excluded || block.isMayor) {
          expect(reported).toBe(false);
          return;
        }
        const voting = block.yes + block.no + block.abstain;
        const switched: VoteBlock = democratic
          ? { ...block, yes: 0, no: voting, abstain: 0 }
          : { ...block, yes: voting, no: 0, abstain: 0 };
        const flips = literalDemocratic(withBlock(input, index, switched)) !== democratic;
        expect(reported).toBe(flips);
      });
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Majority builder against brute force

type Brute = { groupKeys: string[]; yes: number; margin: number };

/**
 * Enumerates every subset of the candidates (democratic groups neither firm nor abstaining),
 * keeps the winning ones, then those without a winning proper subset. Counts straight from the
 * words of domain.md: firm and chosen vote yes, abstainers abstain, every other present member no.
 */
function bruteForceOptions(input: BuilderInput): Brute[] {
  const absent = input.absent ?? {};
  const firm = new Set(input.firmKeys);
  const abstaining = new Set(input.abstainKeys ?? []);
  const presentOf = (key: string, seats: number) => Math.max(0, seats - (absent[key] ?? 0));
  let firmYes = 0;
  let present = 0;
  let othersPresent = 0;
  const candidates: { key: string; present: number }[] = [];
  for (const group of input.groups) {
    const count = presentOf(group.key, group.seats);
    present += count;
    if (firm.has(group.key)) firmYes += count;
    else if (!abstaining.has(group.key)) {
      othersPresent += count;
      if (!group.excluded) candidates.push({ key: group.key, present: count });
    }
  }
  const v = input.votingMembers;
  const kind = input.requiredMajority;
  const quorum = literalQuorum(present, v);
  const size = 1 << candidates.length;
  const chosenOf = (mask: number) =>
    candidates.reduce((sum, c, i) => ((mask >> i) & 1 ? sum + c.present : sum), 0);
  const wins: boolean[] = [];
  for (let mask = 0; mask < size; mask++) {
    const chosen = chosenOf(mask);
    wins.push(quorum && literalMeets(kind, firmYes + chosen, othersPresent - chosen, v));
  }
  // winningBelow[mask]: some proper subset of mask wins (proper subsets are numerically smaller).
  const winningBelow: boolean[] = new Array<boolean>(size).fill(false);
  const result: Brute[] = [];
  for (let mask = 0; mask < size; mask++) {
    for (let i = 0; i < candidates.length; i++) {
      if ((mask >> i) & 1) {
        const sub = mask ^ (1 << i);
        if (wins[sub] || winningBelow[sub]) {
          winningBelow[mask] = true;
          break;
        }
      }
    }
    if (wins[mask] && !winningBelow[mask]) {
      const chosen = chosenOf(mask);
      result.push({
        groupKeys: candidates.filter((_, i) => (mask >> i) & 1).map((c) => c.key),
        yes: firmYes + chosen,
        margin: literalMargin(kind, firmYes + chosen, othersPresent - chosen, v),
      });
    }
  }
  return result;
}

function asComparable(options: readonly (MajorityOption | Brute)[]): string[] {
  return options
    .map((option) => `${[...option.groupKeys].sort().join('+')}|${option.yes}|${option.margin}`)
    .sort();
}

describe('majority builder properties', () => {
  it('should equal a brute force over all subsets of the candidates on random councils', () => {
    check(builderInputArb(), (input) => {
      expect(asComparable(majorityOptions(input))).toEqual(asComparable(bruteForceOptions(input)));
    });
  });

  it('should return only sets that win and whose every one-smaller subset loses in the tally', () => {
    check(builderInputArb(), (input) => {
      // The first options of each council suffice here; the brute force above covers them all.
      const faults = majorityOptions(input)
        .slice(0, 12)
        .flatMap((option) => {
          const own = tallyVote(builderVote(input, option.groupKeys)).democraticMajority
            ? []
            : [`${option.groupKeys.join('+')} does not win`];
          const smallerWins = option.groupKeys
            .map((key) => option.groupKeys.filter((other) => other !== key))
            .filter((smaller) => tallyVote(builderVote(input, smaller)).democraticMajority)
            .map((smaller) => `${smaller.join('+')} already wins`);
          return [...own, ...smallerWins];
        });
      expect(faults).toEqual([]);
    });
  });

  it('should never offer a firm, abstaining or excluded group and list the smallest sets first', () => {
    check(builderInputArb(), (input) => {
      const options = majorityOptions(input);
      const barred = new Set([
        ...input.firmKeys,
        ...(input.abstainKeys ?? []),
        ...input.groups.filter((group) => group.excluded).map((group) => group.key),
      ]);
      const offeredBarred = options.flatMap((option) =>
        option.groupKeys.filter((key) => barred.has(key)),
      );
      const misordered = options.filter((b, i) => {
        const a = options[i - 1];
        if (!a) return false;
        const sizeDiff = a.groupKeys.length - b.groupKeys.length;
        return sizeDiff > 0 || (sizeDiff === 0 && a.margin < b.margin);
      });
      expect(offeredBarred).toEqual([]);
      expect(misordered).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Whip scenarios

describe('whip scenario properties', () => {
  it('should never make the best case worse than expected, nor expected worse than the worst case', () => {
    check(whipCountArb(), (input) => {
      const { expected, best, worst } = whipScenarios(input);
      expect(democraticYes(best)).toBeGreaterThanOrEqual(democraticYes(expected));
      expect(democraticYes(expected)).toBeGreaterThanOrEqual(democraticYes(worst));
      expect(best.margin).toBeGreaterThanOrEqual(expected.margin);
      expect(expected.margin).toBeGreaterThanOrEqual(worst.margin);
      if (expected.democraticMajority) expect(best.democraticMajority).toBe(true);
    });
  });

  it('should never count more votes than members in any scenario', () => {
    check(whipCountArb(), (input) => {
      const scenarios = whipScenarios(input);
      for (const tally of [scenarios.expected, scenarios.best, scenarios.worst]) {
        expect(tally.present + tally.absent).toBe(input.votingMembers);
      }
    });
  });

  it('should never rely on excluded votes in the best case when the worst case has a democratic majority', () => {
    check(whipCountArb('some'), (input) => {
      const { best, worst } = whipScenarios(input);
      if (worst.democraticMajority) {
        expect(worst.reliesOnExcluded).toBe(false);
        expect(best.reliesOnExcluded).toBe(false);
      }
    });
  });
});
