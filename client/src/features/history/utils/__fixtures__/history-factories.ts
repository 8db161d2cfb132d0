import type { CouncilView, GroupView, Tally } from '@mehrheitsplaner/shared';
import type { HistoryVoteView } from '@mehrheitsplaner/shared';

/** Test-data factories for the history utils' specs. */
export function tally(overrides: Partial<Tally> = {}): Tally {
  return {
    yes: 50,
    no: 40,
    abstain: 0,
    absent: 3,
    present: 90,
    quorum: true,
    required: 41,
    passes: true,
    democraticMajority: true,
    reliesOnExcluded: false,
    robustAgainstExcluded: true,
    blockedByExcluded: false,
    margin: 9,
    pivotalGroupKeys: [],
    ...overrides,
  };
}

export function historyVote(
  id: number,
  date: string,
  overrides: Partial<Tally> = {},
): HistoryVoteView {
  const counted = tally(overrides);
  return {
    id,
    motionId: id,
    title: `Antrag ${id}`,
    reference: null,
    policyArea: null,
    sponsorGroupKeys: [],
    date,
    result: counted.passes ? 'adopted' : 'rejected',
    source: 'groupCounts',
    tally: counted,
    groupLines: {},
    coalitionLine: 'yes',
  };
}

function group(key: string, chartOrder: number, color: string): GroupView {
  return {
    key,
    name: `${key} Fraktion`,
    seats: 10,
    color,
    excluded: key === 'AFD',
    coalition: key === 'SPD' || key === 'GRUENE',
    seatsSource: { source: null, confidence: 'confirmed' },
    chartOrder,
    version: 1,
  };
}

export function council(): CouncilView {
  return {
    name: 'Rat',
    seats: 30,
    votingMembers: 31,
    mayorVotes: true,
    excludedGroupKeys: ['AFD'],
    coalitionGroupKeys: ['SPD', 'GRUENE'],
    groups: [group('AFD', 5, '#0489db'), group('SPD', 1, '#e3000f'), group('GRUENE', 2, '#1aa037')],
    mayor: null,
  };
}
