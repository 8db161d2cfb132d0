import fc from 'fast-check';
import { PROPERTY_PARAMETERS, whipCountArb } from './__fixtures__/engine.arbitraries';
import {
  COALITION_KEYS,
  entriesFor,
  smallCouncil,
  whipCount,
  type WhipEntry,
} from './__fixtures__/council.fixtures';
import { certaintyOf, uncertainVotesOf, type Certainty } from './certainty';
import { whipVerdict } from './verdict';
import { whipScenarios } from './whip';
import type { WhipCountInput } from './whip.types';

const YES: WhipEntry = { stance: 'yes', confidence: 'confirmed' };
const NO: WhipEntry = { stance: 'no', confidence: 'confirmed' };

/** A: the coalition (10), B and C: democratic partners (8, 6), X: excluded (6). V = 30. */
const SMALL = smallCouncil({ A: 10, B: 8, C: 6, X: 6 }, ['X']);

function certaintyOfCount(input: WhipCountInput): Certainty {
  return certaintyOf(whipScenarios(input), uncertainVotesOf(input));
}

function small(entries: Record<string, WhipEntry>): WhipCountInput {
  return whipCount({ groups: SMALL, entries });
}

describe('certaintyOf: the rows of the table (domain.md "Certainty")', () => {
  it('should be secured with the worst-case margin when the worst case has a democratic majority', () => {
    // Worst: A + B 18 yes against C and X 12 no: 18 - 13 = 5 to spare.
    const input = small({ A: YES, B: YES });
    expect(certaintyOfCount(input)).toEqual({
      level: 'secured',
      margin: 5,
      reliesOnExcluded: false,
      quorumAtRisk: false,
    });
  });

  it('should be likely with the expected margin and the uncertain votes when only the expected case has one', () => {
    // Expected: A + B 18 yes against C 6 no (18 - 7 = 11); worst: B's 8 uncertain votes turn no.
    const input = small({ A: YES, B: { stance: 'yes', confidence: 'likely' }, C: NO });
    expect(certaintyOfCount(input)).toEqual({
      level: 'likely',
      margin: 11,
      uncertainVotes: 8,
      reliesOnExcluded: false,
      quorumAtRisk: false,
    });
  });

  it('should be open with the votes missing in the expected case when only the best case has one', () => {
    // Expected: 10 yes against C and X 12 no: 3 missing. Best: B's 8 unknown votes come as yes.
    const input = small({ A: YES, C: NO, X: NO });
    expect(certaintyOfCount(input)).toEqual({
      level: 'open',
      margin: -3,
      reliesOnExcluded: false,
      quorumAtRisk: false,
    });
  });

  it('should be out of reach with the votes missing in the best case when not even the best case has one', () => {
    // Every entry is confirmed, so the best case is the expected one: 10 yes against 20 no.
    const input = small({ A: YES, B: NO, C: NO, X: NO });
    expect(certaintyOfCount(input)).toEqual({
      level: 'outOfReach',
      margin: 10 - 21,
      reliesOnExcluded: false,
      quorumAtRisk: false,
    });
  });

  it('should be likely, never secured, while yes votes are unconfirmed and the rest not asked', () => {
    // issue 11, finding 2: five groups on yes, the rest unknown, and the banner read "secured".
    const likelyYes: WhipEntry = { stance: 'yes', confidence: 'likely' };
    const input = whipCount({
      entries: { ...entriesFor(COALITION_KEYS, YES), ...entriesFor(['LINKE', 'UWG'], likelyYes) },
    });
    // Expected: 52 yes, nobody against; worst: Linke and UWG turn, CDU, AfD and the rest vote no.
    expect(certaintyOfCount(input)).toEqual({
      level: 'likely',
      margin: 52 - 1,
      uncertainVotes: 93 - 40 - 14,
      reliesOnExcluded: false,
      quorumAtRisk: false,
    });
  });
});

describe('certaintyOf: warnings beside the level', () => {
  it('should warn when the expected case passes only with excluded votes', () => {
    // Expected: A 10 + X 6 yes against B 8 + C 6 no passes, but 10 democratic yes do not.
    const input = small({ A: YES, B: NO, C: NO, X: YES });
    expect(certaintyOfCount(input)).toEqual({
      level: 'outOfReach',
      margin: 10 - 15,
      reliesOnExcluded: true,
      quorumAtRisk: false,
    });
  });

  it('should warn of the quorum when the expected attendance breaks it, and show the expected margin when open', () => {
    // Expected: only A's 10 are present (unknown counts as absent): 10 of 30 is no quorum.
    const certainty = certaintyOfCount(small({ A: YES }));
    expect(certainty).toMatchObject({ level: 'open', quorumAtRisk: true });
    expect(certainty.margin).toBe(10 - 1);
  });

  it('should call a count secured whose worst case has a quorum while the expected attendance has none', () => {
    // The worst case brings every uncertain member in (to vote no), so it can reach a quorum the
    // expected case misses: A 10 yes, B confirmed away, C 3 unknown. V = 21.
    const groups = smallCouncil({ A: 10, B: 8, C: 3 });
    const input = whipCount({
      groups,
      entries: { A: YES, B: { stance: 'abstain', confidence: 'confirmed', absent: 8 } },
    });
    const { expected, worst } = whipScenarios(input);
    expect(worst.democraticMajority).toBe(true);
    expect(expected.democraticMajority).toBe(false);
    expect(certaintyOfCount(input)).toEqual({
      level: 'secured',
      margin: 10 - 4,
      reliesOnExcluded: false,
      quorumAtRisk: true,
    });
  });

  it('should show a margin of 0 when one lost vote breaks the worst case', () => {
    // Worst: A + B 18 yes against C 6, X 6 and D 5 no: 18 - 18 = 0.
    const groups = smallCouncil({ A: 10, B: 8, C: 6, D: 5, X: 6 }, ['X']);
    const input = whipCount({ groups, entries: { A: YES, B: YES } });
    expect(certaintyOfCount(input)).toMatchObject({ level: 'secured', margin: 0 });
  });
});

describe('uncertainVotesOf', () => {
  it('should count the present members of every democratic entry that is not confirmed, the mayor included', () => {
    const groups = smallCouncil({ A: 10, B: 8, C: 6, X: 6, MAYOR: 1 }, ['X']);
    const input = whipCount({
      groups,
      entries: {
        A: YES,
        B: { stance: 'yes', confidence: 'likely', absent: 2, overrides: ['absent', 'no'] },
        C: { stance: 'unknown', confidence: 'confirmed' },
        X: { stance: 'yes', confidence: 'uncertain' },
      },
    });
    // B: 8 - 2 away - 1 away by override = 5; C: unknown is never confirmed: 6; MAYOR: 1.
    expect(uncertainVotesOf(input)).toBe(5 + 6 + 1);
  });

  it('should count a free vote as uncertain and a confirmed split as certain', () => {
    const input = small({
      A: { stance: 'free', confidence: 'confirmed' },
      B: { stance: 'split', confidence: 'confirmed', split: { yes: 4, no: 4, abstain: 0 } },
      C: NO,
      X: NO,
    });
    expect(uncertainVotesOf(input)).toBe(10);
  });
});

describe('certaintyOf properties', () => {
  const check = (predicate: (input: WhipCountInput) => void) =>
    fc.assert(fc.property(whipCountArb(), predicate), PROPERTY_PARAMETERS);

  it('should pick the safest scenario with a democratic majority, and its margin', () => {
    check((input) => {
      const scenarios = whipScenarios(input);
      const { level, margin } = certaintyOfCount(input);
      const deciding = {
        secured: 'worst',
        likely: 'expected',
        open: 'expected',
        outOfReach: 'best',
      };
      expect(margin).toBe(scenarios[deciding[level] as keyof typeof scenarios].margin);
      expect(level === 'secured').toBe(scenarios.worst.democraticMajority);
      if (level === 'likely') expect(scenarios.expected.democraticMajority).toBe(true);
      if (level === 'open') expect(scenarios.best.democraticMajority).toBe(true);
      if (level === 'outOfReach') expect(scenarios.best.democraticMajority).toBe(false);
    });
  });

  it('should be secured only when the expected and best cases have a democratic majority too, unless their attendance breaks the quorum', () => {
    check((input) => {
      const { expected, best } = whipScenarios(input);
      if (certaintyOfCount(input).level !== 'secured') return;
      if (expected.quorum) expect(expected.democraticMajority).toBe(true);
      if (best.quorum) expect(best.democraticMajority).toBe(true);
    });
  });

  it('should show votes to spare for secured and likely, and votes missing or no quorum otherwise', () => {
    check((input) => {
      const certainty = certaintyOfCount(input);
      if (certainty.level === 'secured' || certainty.level === 'likely') {
        expect(certainty.margin).toBeGreaterThanOrEqual(0);
      } else if (certainty.level === 'outOfReach') {
        expect(certainty.margin < 0 || !whipScenarios(input).best.quorum).toBe(true);
      } else {
        expect(certainty.margin < 0 || certainty.quorumAtRisk).toBe(true);
      }
    });
  });

  it('should name the uncertain votes exactly when likely, and carry the expected warnings', () => {
    check((input) => {
      const { expected } = whipScenarios(input);
      const certainty = certaintyOfCount(input);
      expect('uncertainVotes' in certainty).toBe(certainty.level === 'likely');
      expect(certainty.reliesOnExcluded).toBe(expected.reliesOnExcluded);
      expect(certainty.quorumAtRisk).toBe(!expected.quorum);
    });
  });

  it('should be what whipVerdict reports for the motion', () => {
    check((input) => {
      expect(whipVerdict(input).certainty).toEqual(certaintyOfCount(input));
    });
  });
});
