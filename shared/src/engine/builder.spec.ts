import {
  SMALL_GROUP_KEYS,
  builderInput,
  builderVote,
  keySets,
  properSubsets,
  smallCouncil,
} from './__fixtures__/council.fixtures';
import { majorityOptions } from './builder';
import type { BuilderInput, MajorityOption } from './builder.types';
import { tallyVote } from './tally';

function optionFor(options: MajorityOption[], keys: string[]): MajorityOption | undefined {
  const wanted = keySets([keys])[0];
  return options.find((option) => keySets([option.groupKeys])[0] === wanted);
}

/** Whether the firm groups and `partnerKeys` voting yes, everyone else no, win democratically. */
function wins(input: BuilderInput, partnerKeys: readonly string[]): boolean {
  return tallyVote(builderVote(input, partnerKeys)).democraticMajority;
}

/** The 18 sets of small groups with exactly 7 seats (UWG 3, FDP/Stadtgestalter/Partei 2, BSW/Volt/Tierschutz 1). */
function smallSetsOfSeven(): string[][] {
  const seats: Record<string, number> = {
    UWG: 3,
    FDP: 2,
    STADTGESTALTER: 2,
    PARTEI: 2,
    BSW: 1,
    VOLT: 1,
    TIERSCHUTZ: 1,
  };
  return [...properSubsets(SMALL_GROUP_KEYS), [...SMALL_GROUP_KEYS]].filter(
    (set) => set.reduce((sum, key) => sum + seats[key], 0) === 7,
  );
}

describe('majorityOptions', () => {
  describe('Bochum default with SPD, Grüne and the mayor firm (simple majority)', () => {
    const input = builderInput();
    const options = majorityOptions(input);

    it('should offer Linke alone with 49 yes and a margin of 4', () => {
      expect(optionFor(options, ['LINKE'])).toEqual({ groupKeys: ['LINKE'], yes: 49, margin: 4 });
    });

    it('should offer CDU alone with 58 yes and a margin of 22', () => {
      expect(optionFor(options, ['CDU'])).toEqual({ groupKeys: ['CDU'], yes: 58, margin: 22 });
    });

    it('should offer every set of small groups with exactly 7 seats, each with 47 yes and margin 0', () => {
      const small = options.filter((option) => option.groupKeys.length > 1);
      expect(keySets(small.map((option) => option.groupKeys))).toEqual(keySets(smallSetsOfSeven()));
      expect(small).toHaveLength(18);
      for (const option of small) expect(option).toMatchObject({ yes: 47, margin: 0 });
    });

    it('should offer nothing else when the two lone partners and the small sets are listed', () => {
      expect(options).toHaveLength(2 + 18);
    });

    it('should list the smallest sets first and, among equals, the larger margin first', () => {
      expect(options.slice(0, 2).map((option) => option.groupKeys)).toEqual([['CDU'], ['LINKE']]);
      const sizes = options.map((option) => option.groupKeys.length);
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    });

    it('should never offer an excluded group', () => {
      expect(options.some((option) => option.groupKeys.includes('AFD'))).toBe(false);
    });

    it('should return only sets that win a democratic majority when they vote yes', () => {
      for (const option of options) expect(wins(input, option.groupKeys)).toBe(true);
    });

    it('should return only sets whose every proper subset falls short', () => {
      for (const option of options) {
        for (const subset of properSubsets(option.groupKeys)) {
          expect(wins(input, subset)).toBe(false);
        }
      }
    });

    it('should give the yes votes and margin the tally gives for the same vote', () => {
      for (const option of options) {
        const tally = tallyVote(builderVote(input, option.groupKeys));
        expect({ yes: option.yes, margin: option.margin }).toEqual({
          yes: tally.yes,
          margin: tally.margin,
        });
      }
    });
  });

  describe('what-ifs', () => {
    it('should drop Linke as a lone partner when five SPD members are absent', () => {
      const options = majorityOptions(builderInput({ absent: { SPD: 5 } }));
      expect(optionFor(options, ['LINKE'])).toBeUndefined();
      // 35 + 9 + 1 = 45 against 43.
      expect(optionFor(options, ['LINKE', 'BSW'])).toEqual({
        groupKeys: ['LINKE', 'BSW'],
        yes: 45,
        margin: 1,
      });
    });

    it('should keep Linke as a lone partner with a smaller margin when three SPD members are absent', () => {
      const options = majorityOptions(builderInput({ absent: { SPD: 3 } }));
      expect(optionFor(options, ['LINKE'])).toEqual({ groupKeys: ['LINKE'], yes: 46, margin: 1 });
    });

    it('should not offer a group whose members are all absent', () => {
      const options = majorityOptions(builderInput({ absent: { LINKE: 9 } }));
      expect(options.some((option) => option.groupKeys.includes('LINKE'))).toBe(false);
      expect(optionFor(options, ['CDU'])).toEqual({ groupKeys: ['CDU'], yes: 58, margin: 31 });
    });

    it('should not offer an abstaining group and count it neither yes nor no', () => {
      const options = majorityOptions(builderInput({ abstainKeys: ['LINKE'] }));
      expect(options.some((option) => option.groupKeys.includes('LINKE'))).toBe(false);
      // 40 + 3 against 44 - 3 = 41.
      expect(optionFor(options, ['UWG'])).toEqual({ groupKeys: ['UWG'], yes: 43, margin: 1 });
    });

    it('should never offer a group known to vote no and still count its votes as no', () => {
      const options = majorityOptions(builderInput({ noKeys: ['CDU'] }));
      expect(options.some((option) => option.groupKeys.includes('CDU'))).toBe(false);
      // Linke alone: 40 + 9 = 49 against 44, the same as without the no being known.
      expect(optionFor(options, ['LINKE'])).toEqual({ groupKeys: ['LINKE'], yes: 49, margin: 4 });
    });

    it('should return the empty set when the firm groups already win', () => {
      // CDU abstains: 40 against 35.
      expect(majorityOptions(builderInput({ abstainKeys: ['CDU'] }))).toEqual([
        { groupKeys: [], yes: 40, margin: 4 },
      ]);
    });

    it('should return the empty set when the excluded group is absent and the firm groups outnumber the rest', () => {
      // 40 against 39.
      expect(majorityOptions(builderInput({ absent: { AFD: 14 } }))).toEqual([
        { groupKeys: [], yes: 40, margin: 0 },
      ]);
    });
  });

  describe('impossible majorities', () => {
    it('should return nothing when the quorum cannot be reached', () => {
      // 47 absent: 46 of 93 present.
      const absent = { CDU: 18, AFD: 14, LINKE: 9, UWG: 3, FDP: 2, BSW: 1 };
      expect(majorityOptions(builderInput({ absent }))).toEqual([]);
    });

    it('should return nothing when too many members are absent for two thirds of the statutory members', () => {
      const options = majorityOptions(
        builderInput({ requiredMajority: 'twoThirdsStatutory', absent: { CDU: 10 } }),
      );
      // 40 + 8 + 9 + 12 = 69 democrats present, 62 needed: still possible.
      expect(options.length).toBeGreaterThan(0);
      const impossible = majorityOptions(
        builderInput({ requiredMajority: 'twoThirdsStatutory', absent: { CDU: 18 } }),
      );
      // 40 + 9 + 12 = 61 < 62.
      expect(impossible).toEqual([]);
    });

    it('should return nothing when only the excluded group could make up the difference', () => {
      // V = 21, 11 needed: A and B together have 10.
      const groups = smallCouncil({ A: 8, B: 2, X: 11 }, ['X']);
      expect(
        majorityOptions(builderInput({ groups, firmKeys: ['A'], requiredMajority: 'absolute' })),
      ).toEqual([]);
    });
  });

  describe('other majority kinds', () => {
    it('should need CDU in every set for two thirds of the statutory members', () => {
      const options = majorityOptions(builderInput({ requiredMajority: 'twoThirdsStatutory' }));
      expect(options.length).toBeGreaterThan(0);
      for (const option of options) expect(option.groupKeys).toContain('CDU');
      expect(optionFor(options, ['CDU', 'LINKE'])).toEqual({
        groupKeys: ['CDU', 'LINKE'],
        yes: 67,
        margin: 5,
      });
    });

    it('should give Linke a margin of 2 under an absolute majority', () => {
      const options = majorityOptions(builderInput({ requiredMajority: 'absolute' }));
      expect(optionFor(options, ['LINKE'])).toEqual({ groupKeys: ['LINKE'], yes: 49, margin: 2 });
    });

    it('should need twice the no votes under two thirds of votes cast', () => {
      const options = majorityOptions(builderInput({ requiredMajority: 'twoThirdsCast' }));
      // CDU: 58 yes against 35 no < 70; CDU + Linke: 67 against 26 (>= 52).
      expect(optionFor(options, ['CDU'])).toBeUndefined();
      expect(optionFor(options, ['CDU', 'LINKE'])).toEqual({
        groupKeys: ['CDU', 'LINKE'],
        yes: 67,
        margin: 15,
      });
    });
  });
});
