import { toSnapshot, votingMembersOn, type CouncilRows } from './council-snapshot';

/** Member 2 leaves SPD for the CDU on 2026-03-01; member 9 is the mayor. */
const rows: CouncilRows = {
  mayorSetting: true,
  groups: [
    { key: 'SPD', excluded: false, coalition: true },
    { key: 'CDU', excluded: false, coalition: false },
    { key: 'AFD', excluded: true, coalition: false },
  ],
  members: [1, 2, 3, 9].map((id) => ({ id, isMayor: id === 9 })),
  memberships: [
    { memberId: 1, groupKey: 'SPD', from: '2025-11-01', to: null },
    { memberId: 2, groupKey: 'SPD', from: '2025-11-01', to: '2026-02-28' },
    { memberId: 2, groupKey: 'CDU', from: '2026-03-01', to: null },
    { memberId: 3, groupKey: 'CDU', from: '2025-11-01', to: null },
  ],
};

describe('the council on a date', () => {
  it('should count each member for the group of that day, and groups without members as 0', () => {
    const before = toSnapshot(rows, '2026-02-28');
    expect(before.groups.map((g) => [g.key, g.seats])).toEqual([
      ['SPD', 2],
      ['CDU', 1],
      ['AFD', 0],
    ]);
    const after = toSnapshot(rows, '2026-03-01');
    expect(after.groups.map((g) => g.seats)).toEqual([1, 2, 0]);
    expect(after.groupOfMember(2)).toBe('CDU');
    expect(after.seats).toBe(3);
  });

  it('should let the mayor vote only when the council says so and he exists', () => {
    const day = toSnapshot(rows, '2026-03-01');
    expect(day).toMatchObject({ mayorVotes: true, mayorMemberId: 9 });
    expect(day.groupOfMember(9)).toBeNull();
    expect(votingMembersOn(day, true)).toBe(4);
    const noMayor = toSnapshot(
      { ...rows, members: rows.members.filter((m) => !m.isMayor) },
      '2026-03-01',
    );
    expect(noMayor.mayorVotes).toBe(false);
    expect(toSnapshot({ ...rows, mayorSetting: false }, '2026-03-01').mayorVotes).toBe(false);
  });

  it('should know members who have no membership on the day', () => {
    const early = toSnapshot(rows, '2025-10-01');
    expect(early.seats).toBe(0);
    expect([...early.knownMemberIds]).toEqual([1, 2, 3, 9]);
    expect(early.groupOfMember(1)).toBeUndefined();
  });
});
