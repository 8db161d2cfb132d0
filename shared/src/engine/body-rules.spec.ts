import {
  GO_NRW_RULES,
  MAJORITY_RULES,
  countingRules,
  QUORUM_RULES,
  differsFromGoNrw,
  majorityInBody,
  type QuorumRule,
} from '../domain/body-rules';
import { REQUIRED_MAJORITIES } from '../domain/types';
import { majorityOptions } from './builder';
import { hasQuorum } from './majority-rules';
import { tallyVote } from './tally';
import type { VoteInput } from './tally.types';
import { whipVerdict } from './verdict';
import {
  toWhipCountInput,
  whipBuilderInput,
  whipCouncilOfView,
  type WhipCouncil,
} from './whip-input';

/** The smallest attendance that makes the body beschlussfähig under a rule. */
function leastPresent(votingMembers: number, rule?: QuorumRule): number {
  let present = 0;
  while (!hasQuorum(present, votingMembers, rule)) present += 1;
  return present;
}

describe('hasQuorum per rule (a body’s rules of procedure)', () => {
  it.each([
    [19, 'moreThanHalf', 10],
    [19, 'atLeastHalf', 10],
    [19, 'atLeastThird', 7],
    [20, 'moreThanHalf', 11],
    [20, 'atLeastHalf', 10],
    [20, 'atLeastThird', 7],
    [21, 'atLeastThird', 7],
    [22, 'atLeastThird', 8],
    [93, 'moreThanHalf', 47],
    [92, 'atLeastHalf', 46],
    [19, 'none', 0],
  ] as const)('should need %i → %s → %i present', (v, rule, least) => {
    expect(leastPresent(v, rule)).toBe(least);
    if (least > 0) expect(hasQuorum(least - 1, v, rule)).toBe(false);
  });

  it('should apply § 49 GO NRW (more than half) when no rule is given', () => {
    for (let v = 0; v <= 100; v += 1) {
      for (let present = 0; present <= v; present += 1) {
        expect(hasQuorum(present, v)).toBe(2 * present > v);
        expect(hasQuorum(present, v)).toBe(hasQuorum(present, v, 'moreThanHalf'));
      }
    }
  });

  it('should never be stricter than more than half for any other rule', () => {
    for (const rule of QUORUM_RULES) {
      for (let v = 1; v <= 60; v += 1) {
        expect(leastPresent(v, rule)).toBeLessThanOrEqual(leastPresent(v));
      }
    }
  });
});

describe('majorityInBody', () => {
  it('should keep the motion’s majority under the rule "motion" and when omitted', () => {
    for (const kind of REQUIRED_MAJORITIES) {
      expect(majorityInBody(kind)).toBe(kind);
      expect(majorityInBody(kind, 'motion')).toBe(kind);
    }
  });

  it('should count a simple majority under the rule "simple" whatever the motion requires', () => {
    for (const kind of REQUIRED_MAJORITIES) expect(majorityInBody(kind, 'simple')).toBe('simple');
  });
});

describe('countingRules', () => {
  it('should be the motion’s majority alone when the body has no rules (the Rat)', () => {
    expect(countingRules('twoThirdsCast')).toEqual({ requiredMajority: 'twoThirdsCast' });
  });

  it('should apply the body’s majority rule and name its quorum', () => {
    expect(countingRules('absolute', { quorumRule: 'none', majorityRule: 'simple' })).toEqual({
      requiredMajority: 'simple',
      quorumRule: 'none',
    });
  });
});

describe('differsFromGoNrw', () => {
  it('should be false only for GO NRW’s own rules', () => {
    const differing = QUORUM_RULES.flatMap((quorumRule) =>
      MAJORITY_RULES.map((majorityRule) => ({ quorumRule, majorityRule })),
    ).filter(differsFromGoNrw);
    expect(differing).toHaveLength(QUORUM_RULES.length * MAJORITY_RULES.length - 1);
    expect(differsFromGoNrw(GO_NRW_RULES)).toBe(false);
  });
});

// A committee of 19: A 8 seats, B 6, C 5; only 7 are present.
const THIN_ATTENDANCE: VoteInput = {
  votingMembers: 19,
  requiredMajority: 'simple',
  blocks: [
    { key: 'A', excluded: false, yes: 4, no: 0, abstain: 0, absent: 4 },
    { key: 'B', excluded: false, yes: 0, no: 2, abstain: 0, absent: 4 },
    { key: 'C', excluded: false, yes: 0, no: 0, abstain: 1, absent: 4 },
  ],
};

describe('tallyVote with a quorum rule', () => {
  it('should not pass with 7 of 19 present under GO NRW (the rule omitted)', () => {
    const tally = tallyVote(THIN_ATTENDANCE);
    expect(tally).toMatchObject({ present: 7, quorum: false, passes: false });
    expect(tallyVote({ ...THIN_ATTENDANCE, quorumRule: 'moreThanHalf' })).toEqual(tally);
  });

  it('should pass with 7 of 19 present when a third suffices', () => {
    const tally = tallyVote({ ...THIN_ATTENDANCE, quorumRule: 'atLeastThird' });
    expect(tally).toMatchObject({ quorum: true, passes: true, democraticMajority: true });
    expect(tally.robustAgainstExcluded).toBe(true);
  });

  it('should not pass with 6 of 19 present when a third is needed', () => {
    const blocks = THIN_ATTENDANCE.blocks.map((b) =>
      b.key === 'C' ? { ...b, abstain: 0, absent: 5 } : b,
    );
    const tally = tallyVote({ ...THIN_ATTENDANCE, blocks, quorumRule: 'atLeastThird' });
    expect(tally).toMatchObject({ present: 6, quorum: false, passes: false });
  });

  it('should need no attendance at all under "none"', () => {
    expect(tallyVote({ ...THIN_ATTENDANCE, quorumRule: 'none' }).quorum).toBe(true);
  });
});

describe('majorityOptions with a quorum rule', () => {
  const input = {
    votingMembers: 19,
    requiredMajority: 'simple' as const,
    groups: [
      { key: 'A', seats: 8, excluded: false },
      { key: 'B', seats: 6, excluded: false },
      { key: 'C', seats: 5, excluded: false },
    ],
    firmKeys: ['A'],
    absent: { A: 4, B: 4, C: 4 },
  };

  it('should find no option when the attendance breaks GO NRW’s quorum', () => {
    expect(majorityOptions(input)).toEqual([]);
  });

  it('should find options when the body needs only a third present', () => {
    expect(majorityOptions({ ...input, quorumRule: 'atLeastThird' })).toEqual([
      { groupKeys: [], yes: 4, margin: 0 },
    ]);
  });
});

describe('toWhipCountInput under a body’s rules', () => {
  const committee: WhipCouncil = {
    seats: 19,
    groups: [
      { key: 'A', seats: 8, excluded: false },
      { key: 'B', seats: 6, excluded: false },
      { key: 'C', seats: 5, excluded: false },
    ],
    mayorVotes: false,
    groupOfMember: () => undefined,
  };
  const entries = [
    { groupKey: 'A', stance: 'yes', confidence: 'confirmed', absent: 4, split: null, members: [] },
    { groupKey: 'B', stance: 'no', confidence: 'confirmed', absent: 4, split: null, members: [] },
    {
      groupKey: 'C',
      stance: 'abstain',
      confidence: 'confirmed',
      absent: 4,
      split: null,
      members: [],
    },
  ] as const;
  const absolute = { requiredMajority: 'absolute', mayorVotes: false } as const;

  it('should count as before when the body carries no rules', () => {
    const input = toWhipCountInput(committee, absolute, entries);
    expect(input.requiredMajority).toBe('absolute');
    expect('quorumRule' in input).toBe(false);
    expect('quorumRule' in whipBuilderInput(input)).toBe(false);
    expect(whipVerdict(input).certainty.quorumAtRisk).toBe(true);
  });

  it('should apply the body’s quorum to the scenarios, the certainty and the builder', () => {
    const rules = { quorumRule: 'atLeastThird', majorityRule: 'simple' } as const;
    const input = toWhipCountInput({ ...committee, rules }, absolute, entries);
    expect(input).toMatchObject({ requiredMajority: 'simple', quorumRule: 'atLeastThird' });
    const verdict = whipVerdict(input);
    expect(verdict.tallies.expected).toMatchObject({ quorum: true, passes: true });
    expect(verdict.certainty).toMatchObject({ level: 'secured', quorumAtRisk: false });
    expect(whipBuilderInput(input).quorumRule).toBe('atLeastThird');
  });

  it('should keep the motion’s majority under the rule "motion"', () => {
    const rules = { quorumRule: 'atLeastThird', majorityRule: 'motion' } as const;
    const input = toWhipCountInput({ ...committee, rules }, absolute, entries);
    expect(input.requiredMajority).toBe('absolute');
    // 4 yes of 19 is no absolute majority (10 needed), though the body is beschlussfähig.
    expect(whipVerdict(input).tallies.expected).toMatchObject({ quorum: true, passes: false });
  });

  it('should take the rules from a body’s view and none from the council’s', () => {
    const view = { seats: 19, mayorVotes: false, mayor: null, groups: committee.groups };
    expect(whipCouncilOfView(view, []).rules).toBeUndefined();
    const rules = { quorumRule: 'atLeastHalf', majorityRule: 'simple' } as const;
    expect(whipCouncilOfView({ ...view, ...rules }, []).rules).toEqual(rules);
  });
});
