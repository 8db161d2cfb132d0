import type { WhipEntryRequest } from '@mehrheitsplaner/shared';
import { toSnapshot } from '../council/council-snapshot';
import { checkWhipEntryOrThrow, whipTargetOrThrow } from './whip-rules';
import { WhipError } from './whip.errors';

/** Die Linke with 9 members (5, 6, 8–14) on the day; member 7 sits in another group; 1 is mayor. */
const linke = [5, 6, 8, 9, 10, 11, 12, 13, 14];
const membership = (memberId: number, groupKey: string) => ({
  memberId,
  groupKey,
  from: '2025-11-01',
  to: null,
});
const snapshot = toSnapshot(
  {
    mayorSetting: true,
    groups: [{ key: 'LINKE', excluded: false, coalition: false }],
    members: [1, 7, ...linke].map((id) => ({ id, isMayor: id === 1 })),
    memberships: [...linke.map((id) => membership(id, 'LINKE')), membership(7, 'CDU')],
  },
  '2026-01-01',
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
