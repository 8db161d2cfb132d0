import { describe, expect, it } from '@jest/globals';
import { MAYOR_KEY, majorityOptions, tallyVote, whipBuilderInput } from '@mehrheitsplaner/shared';
import type { WhipCountInput } from '@mehrheitsplaner/shared';
import type { CouncilView, GroupView } from '@mehrheitsplaner/shared';
import {
  presetSettings,
  settingsFromBuilder,
  toBuilderInput,
  toVoteInput,
  votingUnits,
} from './calculator';
import type { RowSettings } from './calculator';

const group = (key: string, seats: number, flags: Partial<GroupView> = {}): GroupView => ({
  key,
  name: key,
  seats,
  color: '#777777',
  excluded: false,
  coalition: false,
  seatsSource: { source: null, confidence: 'estimated' },
  chartOrder: 0,
  version: 1,
  ...flags,
});

/** domain.md's worked example: 92 seats, the mayor votes. */
const council: CouncilView = {
  name: 'Rat',
  seats: 92,
  votingMembers: 93,
  mayorVotes: true,
  excludedGroupKeys: ['X'],
  coalitionGroupKeys: ['A', 'B'],
  groups: [
    group('A', 26, { coalition: true }),
    group('B', 13, { coalition: true }),
    group('C', 18),
    group('X', 14, { excluded: true }),
    group('L', 9),
    group('S', 12),
  ],
  mayor: { name: 'M', title: 'OB' },
};
const units = votingUnits(council, 'OB');

describe('calculator mapping', () => {
  it('should add the mayor as a voting unit when the mayor votes', () => {
    expect(units.map((u) => u.key)).toEqual(['A', 'B', 'C', 'X', 'L', 'S', MAYOR_KEY]);
  });

  it('should reproduce the worked example when rows are set as in domain.md', () => {
    const settings: RowSettings = {
      ...presetSettings(units, 'default'),
      L: { vote: 'yes', absent: 0 },
      X: { vote: 'yes', absent: 0 },
      S: { vote: 'abstain', absent: 0 },
    };
    const tally = tallyVote(toVoteInput(council, units, settings, 'simple'));
    expect(tally).toMatchObject({ yes: 63, no: 18, abstain: 12, passes: true });
    expect(tally.democraticMajority).toBe(true);
    expect(tally.robustAgainstExcluded).toBe(true);
  });

  it('should treat democratic yes rows as firm and apply absences when building options', () => {
    const settings: RowSettings = {
      ...presetSettings(units, 'default'),
      A: { vote: 'yes', absent: 2 },
      S: { vote: 'abstain', absent: 0 },
      X: { vote: 'yes', absent: 0 },
    };
    const input = toBuilderInput(council, units, settings, 'simple');
    expect(input.firmKeys).toEqual(['A', 'B', MAYOR_KEY]);
    expect(input.abstainKeys).toEqual(['S']);
    expect(input.absent).toEqual({ A: 2 });
    const keys = majorityOptions(input).map((option) => option.groupKeys);
    expect(keys).toContainEqual(['C']);
    expect(keys.flat()).not.toContain('X');
  });

  it('should clamp absences to the seats of a row when they are out of range', () => {
    const settings: RowSettings = { L: { vote: 'no', absent: 99 } };
    const input = toVoteInput(council, units, settings, 'simple');
    expect(input.blocks.find((b) => b.key === 'L')).toMatchObject({ no: 0, absent: 9 });
  });

  describe('starting from a motion whip count', () => {
    const line = (key: string, stance: 'yes' | 'no' | 'abstain' | 'unknown', seats: number) => ({
      key,
      seats,
      excluded: key === 'X',
      isMayor: key === MAYOR_KEY,
      stance,
      confidence: 'confirmed' as const,
      absent: key === 'A' ? 1 : 0,
    });
    const whip: WhipCountInput = {
      votingMembers: 93,
      requiredMajority: 'simple',
      groups: [
        line('A', 'yes', 26),
        line('B', 'yes', 13),
        line(MAYOR_KEY, 'yes', 1),
        line('C', 'no', 18),
        line('X', 'yes', 14),
        line('L', 'unknown', 9),
        line('S', 'abstain', 12),
      ],
    };
    const builder = whipBuilderInput(whip);

    it('should open with the firm groups yes, a confirmed no settled and absences kept', () => {
      const settings = settingsFromBuilder(builder);
      expect(settings.A).toEqual({ vote: 'yes', absent: 1 });
      expect(settings.C).toEqual({ vote: 'no', absent: 0, settled: true });
      expect(settings.S).toEqual({ vote: 'abstain', absent: 0 });
      expect(settings.L).toEqual({ vote: 'no', absent: 0 });
      // An excluded group is never firm: the builder assumes it votes no.
      expect(settings.X).toEqual({ vote: 'no', absent: 0 });
    });

    it('should give the calculator the same partner sets as the motion, never the confirmed no', () => {
      const calculated = majorityOptions(
        toBuilderInput(council, units, settingsFromBuilder(builder), 'simple'),
      );
      expect(calculated).toEqual(majorityOptions(builder));
      expect(calculated.flatMap((option) => option.groupKeys)).not.toContain('C');
    });

    it('should set an applied partner set to yes', () => {
      const settings = settingsFromBuilder(builder, ['L']);
      expect(settings.L).toEqual({ vote: 'yes', absent: 0 });
      const tally = tallyVote(toVoteInput(council, units, settings, 'simple'));
      expect(tally.democraticMajority).toBe(true);
    });
  });
});
