import { describe, expect, it } from '@jest/globals';
import { whipEntry } from './__fixtures__/motion-factories';
import { draftOf } from './whip-draft';
import { seatAccount, withRemainder } from './whip-seats';

const split = (yes: number, no: number, abstain = 0, absent = 0) => ({
  ...draftOf(whipEntry()),
  stance: 'split' as const,
  split: { yes, no, abstain },
  absent,
});

describe('seatAccount', () => {
  it('should show the seats a split of 10/3 leaves of 18', () => {
    expect(seatAccount(split(10, 3), 18)).toMatchObject({ split: 13, remainder: 5, over: false });
  });

  it('should count absences and member overrides against the seats', () => {
    const draft = { ...split(10, 3, 0, 2), members: { 7: 'no' as const } };
    expect(seatAccount(draft, 18)).toMatchObject({ remainder: 2, overrides: 1, over: false });
  });

  it('should flag a split over the seats and leave no remainder', () => {
    expect(seatAccount(split(15, 3, 0, 1), 18)).toMatchObject({ remainder: 0, over: true });
  });

  it('should leave no remainder for a whole-group stance', () => {
    const draft = { ...draftOf(whipEntry()), stance: 'yes' as const, absent: 2 };
    expect(seatAccount(draft, 18)).toMatchObject({ remainder: 0, over: false });
    expect(seatAccount({ ...draft, absent: 19 }, 18).over).toBe(true);
  });
});

describe('withRemainder', () => {
  it('should put the remainder to an option or the absences', () => {
    expect(withRemainder(split(10, 3), 18, 'no').split).toEqual({ yes: 10, no: 8, abstain: 0 });
    expect(withRemainder(split(10, 3), 18, 'absent')).toMatchObject({ absent: 5 });
    expect(seatAccount(withRemainder(split(10, 3), 18, 'abstain'), 18).remainder).toBe(0);
  });
});
