import { BOCHUM_GROUPS } from './__fixtures__/council.fixtures';
import { majorityOptions } from './builder';
import { whipScenarios } from './whip';
import {
  toWhipCountInput,
  whipBuilderInput,
  whipCouncilOfView,
  type StoredWhip,
  type WhipCouncil,
} from './whip-input';

const MEMBER_GROUPS = new Map<number, string | null>([
  [1, null],
  [2, 'SPD'],
  [3, 'CDU'],
]);

function snapshot(overrides: Partial<WhipCouncil> = {}): WhipCouncil {
  return {
    groups: BOCHUM_GROUPS.filter((g) => !g.isMayor).map(({ key, seats, excluded }) => ({
      key,
      seats,
      excluded,
    })),
    mayorVotes: true,
    seats: 92,
    groupOfMember: (memberId) => MEMBER_GROUPS.get(memberId),
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
  entry('AFD', 'yes'),
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

describe('whipBuilderInput', () => {
  it('should take confirmed democratic yes groups as firm, the mayor included, and absences', () => {
    const input = toWhipCountInput(snapshot(), { requiredMajority: 'simple', mayorVotes: true }, [
      entry('SPD', 'yes', { absent: 2 }),
      entry('GRUENE', 'yes', { confidence: 'likely' }),
      entry('MAYOR', 'yes'),
      entry('AFD', 'yes'),
    ]);
    const builder = whipBuilderInput(input);
    expect(builder.firmKeys).toEqual(['SPD', 'MAYOR']);
    expect(builder.absent).toEqual({ SPD: 2 });
  });

  it('should never suggest a confirmed no group and let confirmed abstainers abstain', () => {
    const input = toWhipCountInput(snapshot(), { requiredMajority: 'simple', mayorVotes: true }, [
      entry('SPD', 'yes'),
      entry('GRUENE', 'yes'),
      entry('MAYOR', 'yes'),
      entry('CDU', 'no'),
      entry('UWG', 'abstain'),
      entry('LINKE', 'no', { confidence: 'likely' }),
    ]);
    const builder = whipBuilderInput(input);
    expect(builder.noKeys).toEqual(['CDU']);
    expect(builder.abstainKeys).toEqual(['UWG']);
    const options = majorityOptions(builder);
    expect(options.some((option) => option.groupKeys.includes('CDU'))).toBe(false);
    expect(options.some((option) => option.groupKeys.includes('UWG'))).toBe(false);
    // A likely no is still a partner to win over.
    expect(options[0].groupKeys).toEqual(['LINKE']);
  });
});

describe('whipCouncilOfView', () => {
  const groups = [{ key: 'SPD', seats: 2, excluded: false }];
  const members = [
    { id: 1, groupKey: null, isMayor: true },
    { id: 2, groupKey: 'SPD', isMayor: false },
  ];
  const motion = { requiredMajority: 'simple', mayorVotes: true } as const;
  const mayor = { name: 'OB', title: 'Oberbürgermeister' };

  it('should count the mayor when the council says so and there is one', () => {
    const council = whipCouncilOfView({ seats: 2, groups, mayorVotes: true, mayor }, members);
    expect(council.groupOfMember(1)).toBeNull();
    expect(council.groupOfMember(2)).toBe('SPD');
    expect(toWhipCountInput(council, motion, []).votingMembers).toBe(3);
  });

  it('should leave the mayor out when the council has none, whatever its setting', () => {
    const council = whipCouncilOfView({ seats: 2, groups, mayorVotes: true, mayor: null }, []);
    const input = toWhipCountInput(council, motion, []);
    expect(input.votingMembers).toBe(2);
    expect(input.groups.map((g) => g.key)).toEqual(['SPD']);
  });

  it('should count a body by its groups’ voting seats, not its seats with a chair who does not vote', () => {
    const body = { seats: 3, groups, mayorVotes: false, mayor: null };
    expect(toWhipCountInput(whipCouncilOfView(body, []), motion, []).votingMembers).toBe(2);
  });
});
