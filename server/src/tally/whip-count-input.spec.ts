import { whipScenarios } from '@mehrheitsplaner/shared';
import type { CouncilSnapshot } from '../council/council-snapshot';
import seedJson from '../council/seed/bochum-2025.json';
import { toBuilderInput, toWhipCountInput, type StoredWhip } from './whip-count-input';

/** The default composition from the council seed (92 seats, 12 groups). */
const SEATS: [string, number][] = seedJson.groups.map((g) => [g.key, g.seats]);

function snapshot(overrides: Partial<CouncilSnapshot> = {}): CouncilSnapshot {
  return {
    date: '2026-01-01',
    groups: SEATS.map(([key, seats]) => ({
      key,
      seats,
      excluded: key === 'AfD',
      coalition: key === 'SPD' || key === 'GRUENE',
    })),
    mayorVotes: true,
    mayorMemberId: 1,
    seats: 92,
    memberGroups: new Map([
      [2, 'SPD'],
      [3, 'CDU'],
    ]),
    ...overrides,
  };
}

function entry(groupKey: string, stance: StoredWhip['stance'], extra: Partial<StoredWhip> = {}) {
  return {
    groupKey,
    stance,
    confidence: 'confirmed',
    absent: 0,
    split: null,
    members: [],
    ...extra,
  } satisfies StoredWhip;
}

const WORKED_EXAMPLE: StoredWhip[] = [
  entry('SPD', 'yes'),
  entry('GRUENE', 'yes'),
  entry('MAYOR', 'yes'),
  entry('LINKE', 'yes'),
  entry('CDU', 'no'),
  entry('AfD', 'yes'),
  ...['UWG', 'FDP', 'STADTGESTALTER', 'PARTEI', 'BSW', 'VOLT', 'TIERSCHUTZ'].map((key) =>
    entry(key, 'abstain'),
  ),
];

describe('toWhipCountInput', () => {
  it('should reproduce the worked example of domain.md when fed to the engine', () => {
    const input = toWhipCountInput(
      snapshot(),
      { requiredMajority: 'simple', mayorVotes: true },
      WORKED_EXAMPLE,
    );
    expect(input.votingMembers).toBe(93);
    expect(input.groups.find((g) => g.key === 'MAYOR')).toMatchObject({ isMayor: true, seats: 1 });
    const { expected } = whipScenarios(input);
    expect(expected).toMatchObject({ yes: 63, no: 18, democraticMajority: true, margin: 30 });
    expect(expected.robustAgainstExcluded).toBe(true);
  });

  it('should leave the mayor out when the motion says he does not vote', () => {
    const input = toWhipCountInput(
      snapshot(),
      { requiredMajority: 'simple', mayorVotes: false },
      WORKED_EXAMPLE,
    );
    expect(input.votingMembers).toBe(92);
    expect(input.groups.some((g) => g.key === 'MAYOR')).toBe(false);
  });

  it('should count a group without an entry as unknown and drop overrides of former members', () => {
    const input = toWhipCountInput(snapshot(), { requiredMajority: 'simple', mayorVotes: true }, [
      entry('SPD', 'yes', {
        members: [
          { memberId: 2, vote: 'no' },
          { memberId: 3, vote: 'no' },
        ],
      }),
    ]);
    expect(input.groups.find((g) => g.key === 'SPD')?.overrides).toEqual(['no']);
    expect(input.groups.find((g) => g.key === 'CDU')).toMatchObject({
      stance: 'unknown',
      confidence: 'uncertain',
      absent: 0,
    });
  });
});

describe('toBuilderInput', () => {
  it('should take confirmed democratic yes groups as firm, the mayor included, and absences', () => {
    const input = toWhipCountInput(snapshot(), { requiredMajority: 'simple', mayorVotes: true }, [
      entry('SPD', 'yes', { absent: 2 }),
      entry('GRUENE', 'yes', { confidence: 'likely' }),
      entry('MAYOR', 'yes'),
      entry('AfD', 'yes'),
    ]);
    const builder = toBuilderInput(input);
    expect(builder.firmKeys).toEqual(['SPD', 'MAYOR']);
    expect(builder.absent).toEqual({ SPD: 2 });
  });
});
