import type { WhipEntryRequest } from '@mehrheitsplaner/shared';
import { toSnapshot } from '../council/council-snapshot';
import { checkWhipEntryOrThrow, whipTargetOrThrow } from './whip-rules';
import { WhipError } from './whip.errors';

const snapshot = toSnapshot(
  {
    name: 'Rat',
    seats: 9,
    votingMembers: 10,
    mayorVotes: true,
    excludedGroupKeys: [],
    coalitionGroupKeys: [],
    groups: [
      {
        key: 'LINKE',
        name: 'Die Linke',
        seats: 9,
        color: '#BE3075',
        excluded: false,
        coalition: false,
        chartOrder: 1,
        seatsSource: { source: null, confidence: 'entered' },
      },
    ],
    mayor: { name: 'OB', title: 'Oberbürgermeister' },
  },
  '2026-01-01',
  1,
  new Map([
    [5, 'LINKE'],
    [6, 'LINKE'],
    [7, 'CDU'],
  ]),
);

function codeOf(request: WhipEntryRequest, key = 'LINKE'): string | undefined {
  try {
    checkWhipEntryOrThrow(snapshot, whipTargetOrThrow(snapshot, key), request);
    return undefined;
  } catch (error) {
    return error instanceof WhipError ? error.code : 'other';
  }
}

describe('whip rules', () => {
  it('should find groups and the mayor, and name an unknown key', () => {
    expect(whipTargetOrThrow(snapshot, 'MAYOR')).toEqual({ key: 'MAYOR', seats: 1 });
    expect(() => whipTargetOrThrow(snapshot, 'NOPE')).toThrow('"NOPE"');
  });

  it('should require split exactly when the stance is split', () => {
    expect(codeOf({ stance: 'split', confidence: 'likely' })).toBe('INVALID_SPLIT');
    expect(
      codeOf({ stance: 'yes', confidence: 'likely', split: { yes: 1, no: 0, abstain: 0 } }),
    ).toBe('INVALID_SPLIT');
    expect(
      codeOf({ stance: 'split', confidence: 'likely', split: { yes: 5, no: 2, abstain: 0 } }),
    ).toBeUndefined();
  });

  it('should reject split plus absences plus overrides beyond the seats', () => {
    const split = { yes: 5, no: 2, abstain: 0 };
    expect(codeOf({ stance: 'split', confidence: 'likely', split, absent: 2 })).toBeUndefined();
    expect(codeOf({ stance: 'split', confidence: 'likely', split, absent: 3 })).toBe(
      'EXCEEDS_SEATS',
    );
    expect(codeOf({ stance: 'yes', confidence: 'likely', absent: 10 })).toBe('EXCEEDS_SEATS');
    expect(
      codeOf({
        stance: 'split',
        confidence: 'likely',
        split,
        absent: 1,
        members: [
          { memberId: 5, vote: 'no' },
          { memberId: 6, vote: 'absent' },
        ],
      }),
    ).toBe('EXCEEDS_SEATS');
    expect(codeOf({ stance: 'yes', confidence: 'likely', absent: 2 }, 'MAYOR')).toBe(
      'EXCEEDS_SEATS',
    );
  });

  it('should accept only distinct current members of the group as overrides', () => {
    const override = (memberId: number) => ({ memberId, vote: 'no' as const });
    expect(codeOf({ stance: 'yes', confidence: 'likely', members: [override(7)] })).toBe(
      'INVALID_MEMBER_OVERRIDE',
    );
    expect(
      codeOf({ stance: 'yes', confidence: 'likely', members: [override(5), override(5)] }),
    ).toBe('INVALID_MEMBER_OVERRIDE');
    expect(codeOf({ stance: 'yes', confidence: 'likely', members: [override(1)] }, 'MAYOR')).toBe(
      undefined,
    );
  });
});
