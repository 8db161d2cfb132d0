import { GO_NRW_RULES, toWhipCountInput } from '@mehrheitsplaner/shared';
import { votingMembersOn } from '../council/council-snapshot';
import { toBodySnapshot, type BodyRows } from './body-snapshot';

/**
 * A committee: 1 chairs for SPD, 2 sits for SPD until 2026-02-28, 4 (a sachkundige Bürgerin, no
 * council member) for the CDU from 2026-03-01, 5 for the AfD.
 */
const rows: BodyRows = {
  chairVotes: true,
  rules: GO_NRW_RULES,
  groups: [
    { key: 'SPD', excluded: false, coalition: true },
    { key: 'CDU', excluded: false, coalition: false },
    { key: 'GRUENE', excluded: false, coalition: true },
    { key: 'AFD', excluded: true, coalition: false },
  ],
  memberships: [
    { memberId: 1, groupKey: 'SPD', from: '2025-11-01', to: null, role: 'chair' },
    { memberId: 2, groupKey: 'SPD', from: '2025-11-01', to: '2026-02-28', role: 'member' },
    { memberId: 4, groupKey: 'CDU', from: '2026-03-01', to: null, role: 'deputy' },
    { memberId: 5, groupKey: 'AFD', from: '2025-11-01', to: null, role: 'member' },
  ],
};

const seats = (date: string, chairVotes = true) =>
  toBodySnapshot({ ...rows, chairVotes }, date).groups.map((g) => [g.key, g.seats]);

describe('a body on a date', () => {
  it('should give every council group in chart order its members that day as seats', () => {
    expect(seats('2026-02-28')).toEqual([
      ['SPD', 2],
      ['CDU', 0],
      ['GRUENE', 0],
      ['AFD', 1],
    ]);
    expect(seats('2026-03-01')).toEqual([
      ['SPD', 1],
      ['CDU', 1],
      ['GRUENE', 0],
      ['AFD', 1],
    ]);
  });

  it('should keep the council-wide group flags and have no mayor', () => {
    const day = toBodySnapshot(rows, '2026-03-01');
    expect(day.groups.find((g) => g.key === 'AFD')).toMatchObject({ excluded: true });
    expect(day.groups.find((g) => g.key === 'SPD')).toMatchObject({ coalition: true });
    expect(day).toMatchObject({ mayorVotes: false, mayorMemberId: null, seats: 3 });
    expect(votingMembersOn(day, day.mayorVotes)).toBe(3);
  });

  it('should map each member to the group of their seat that day, a sachkundige Bürgerin too', () => {
    const day = toBodySnapshot(rows, '2026-03-01');
    expect(day.groupOfMember(4)).toBe('CDU');
    expect(day.groupOfMember(2)).toBeUndefined();
    expect([...day.knownMemberIds].sort()).toEqual([1, 2, 4, 5]);
  });

  it('should leave a chair whose seat does not vote out of the seats and the voters', () => {
    expect(seats('2026-03-01', false)).toEqual([
      ['SPD', 0],
      ['CDU', 1],
      ['GRUENE', 0],
      ['AFD', 1],
    ]);
    const day = toBodySnapshot({ ...rows, chairVotes: false }, '2026-03-01');
    expect(day.seats).toBe(2);
    expect(day.memberGroups.has(1)).toBe(false);
    expect(day.knownMemberIds.has(1)).toBe(true);
  });

  it('should carry the body’s rules into the engine’s input of its steps', () => {
    const rules = { quorumRule: 'atLeastThird', majorityRule: 'simple' } as const;
    const day = toBodySnapshot({ ...rows, rules }, '2026-03-01');
    const input = toWhipCountInput(day, { requiredMajority: 'absolute', mayorVotes: true }, []);
    expect(input).toMatchObject({ requiredMajority: 'simple', quorumRule: 'atLeastThird' });
  });
});
