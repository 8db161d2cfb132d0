import { daysBefore, demoBallots, demoGroupCounts } from './demo-votes';

const day = {
  date: '2026-03-05',
  groups: [
    { key: 'A', seats: 3 },
    { key: 'B', seats: 2 },
    { key: 'C', seats: 0 },
  ],
};

describe('demo votes', () => {
  it('should count back calendar days across months and years', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2026-01-10', 15)).toBe('2025-12-26');
  });

  it("should put every seat without an exception on the group's line, the mayor too", () => {
    const counts = demoGroupCounts(day, true, {
      by: 'groupCounts',
      lines: { A: 'yes', B: 'no', MAYOR: 'abstain' },
      away: { A: 1 },
      deviations: { B: { yes: 1 } },
    });
    expect(counts).toEqual([
      { groupKey: 'A', yes: 2, no: 0, abstain: 0, absent: 1 },
      { groupKey: 'B', yes: 1, no: 1, abstain: 0, absent: 0 },
      { groupKey: 'MAYOR', yes: 0, no: 0, abstain: 1, absent: 0 },
    ]);
  });

  it('should refuse a group without a line or with more exceptions than seats', () => {
    expect(() => demoGroupCounts(day, false, { by: 'groupCounts', lines: { A: 'yes' } })).toThrow(
      'keine Linie für B',
    );
    expect(() =>
      demoGroupCounts(day, false, {
        by: 'groupCounts',
        lines: { A: 'yes', B: 'no' },
        away: { B: 3 },
      }),
    ).toThrow('B hat am 2026-03-05 nur 2 Sitze');
  });

  it('should hand out the same totals as ballots, rotating who is away', () => {
    const snapshot = {
      memberGroups: new Map([
        [1, 'A'],
        [2, 'A'],
        [3, 'A'],
        [4, 'B'],
      ]),
      mayorMemberId: 9,
    };
    const counts = [
      { groupKey: 'A', yes: 2, no: 0, abstain: 0, absent: 1 },
      { groupKey: 'B', yes: 0, no: 1, abstain: 0, absent: 0 },
      { groupKey: 'MAYOR', yes: 1, no: 0, abstain: 0, absent: 0 },
    ];
    expect(demoBallots(snapshot, counts, 0)).toEqual([
      { memberId: 1, vote: 'absent' },
      { memberId: 2, vote: 'yes' },
      { memberId: 3, vote: 'yes' },
      { memberId: 4, vote: 'no' },
      { memberId: 9, vote: 'yes' },
    ]);
    const turned = demoBallots(snapshot, counts, 1);
    expect(turned.find((b) => b.vote === 'absent')?.memberId).toBe(2);
  });
});
