import { describe, expect, it } from '@jest/globals';
import type { GroupHistoryRow } from '@mehrheitsplaner/shared';
import {
  accuracyBars,
  accuracyByBand,
  asPercentPoints,
  groupBars,
  resultsByMonth,
  voteOutcome,
} from './chart-data';
import { council, historyVote } from './__fixtures__/history-factories';

const relying = { democraticMajority: false, reliesOnExcluded: true, margin: -2 };
const rejected = { passes: false, democraticMajority: false };

describe('voteOutcome', () => {
  it('should tell democratic, relying on excluded and rejected votes apart', () => {
    expect(voteOutcome(historyVote(1, '2026-01-10'))).toBe('democratic');
    expect(voteOutcome(historyVote(2, '2026-01-10', relying))).toBe('reliesOnExcluded');
    expect(voteOutcome(historyVote(3, '2026-01-10', rejected))).toBe('rejected');
    expect(voteOutcome(historyVote(4, '2026-01-10', { democraticMajority: false }))).toBe(
      'adoptedOther',
    );
  });
});

describe('resultsByMonth', () => {
  it('should count outcomes per month, oldest first, with empty months filled in', () => {
    const votes = [
      historyVote(1, '2026-03-05', rejected),
      historyVote(2, '2025-12-20'),
      historyVote(3, '2025-12-01', relying),
    ];
    expect(resultsByMonth(votes)).toEqual([
      { month: '2025-12', democratic: 1, reliesOnExcluded: 1, adoptedOther: 0, rejected: 0 },
      { month: '2026-01', democratic: 0, reliesOnExcluded: 0, adoptedOther: 0, rejected: 0 },
      { month: '2026-02', democratic: 0, reliesOnExcluded: 0, adoptedOther: 0, rejected: 0 },
      { month: '2026-03', democratic: 0, reliesOnExcluded: 0, adoptedOther: 0, rejected: 1 },
    ]);
  });

  it('should give no months when there are no votes', () => {
    expect(resultsByMonth([])).toEqual([]);
  });
});

describe('groupBars', () => {
  it('should give one bar per reported group in chart order with the council colours', () => {
    const rows = [
      { groupKey: 'GRUENE', inWinningMajority: 0.5 },
      { groupKey: 'SPD', inWinningMajority: null },
    ] as GroupHistoryRow[];
    expect(groupBars(rows, council(), (row) => row.inWinningMajority)).toEqual([
      { key: 'SPD', name: 'SPD Fraktion', color: '#e3000f', value: null },
      { key: 'GRUENE', name: 'GRUENE Fraktion', color: '#1aa037', value: 0.5 },
    ]);
  });
});

describe('accuracyBars and accuracyByBand', () => {
  const rows = [
    { groupKey: 'SPD', confidence: 'confirmed' as const, scored: 4, right: 3, rate: 0.75 },
    { groupKey: 'SPD', confidence: 'likely' as const, scored: 0, right: 0, rate: null },
    { groupKey: 'GRUENE', confidence: 'uncertain' as const, scored: 2, right: 1, rate: 0.5 },
    { groupKey: 'GRUENE', confidence: 'confirmed' as const, scored: 2, right: 2, rate: 1 },
  ];

  it('should give per group the share right per band and null where nothing was scored', () => {
    const [spd, gruene] = accuracyBars(rows, council());
    expect(spd).toMatchObject({ key: 'SPD', confirmed: 0.75, likely: null, uncertain: null });
    expect(spd.scored).toBe(4);
    expect(gruene).toMatchObject({ key: 'GRUENE', confirmed: 1, uncertain: 0.5, right: 3 });
  });

  it('should sum the bands over all groups', () => {
    expect(accuracyByBand(rows)).toEqual([
      { confidence: 'confirmed', scored: 6, right: 5, rate: 5 / 6 },
      { confidence: 'likely', scored: 0, right: 0, rate: null },
      { confidence: 'uncertain', scored: 2, right: 1, rate: 0.5 },
    ]);
  });
});

describe('asPercentPoints', () => {
  it('should turn rates into percentage points with one decimal and null into 0', () => {
    expect(asPercentPoints(5 / 6)).toBe(83.3);
    expect(asPercentPoints(null)).toBe(0);
  });
});
