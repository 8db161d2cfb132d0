import { CouncilError } from './council.errors';
import {
  groupKeyOn,
  isIsoDate,
  overlappingPeriod,
  planGroupSwitch,
  planLeave,
  previousDay,
  todayIso,
  type DatedMembership,
} from './membership-rules';

describe('membership rules', () => {
  describe('isIsoDate', () => {
    it('should accept real calendar dates', () => {
      expect(isIsoDate('2025-11-01')).toBe(true);
      expect(isIsoDate('2028-02-29')).toBe(true);
    });

    it('should reject impossible or malformed dates', () => {
      expect(isIsoDate('2025-02-29')).toBe(false);
      expect(isIsoDate('2025-13-01')).toBe(false);
      expect(isIsoDate('2025-1-01')).toBe(false);
      expect(isIsoDate('01.11.2025')).toBe(false);
    });
  });

  it('should step back over month and year ends when computing the previous day', () => {
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
    expect(previousDay('2025-11-15')).toBe('2025-11-14');
  });

  it('should format today from the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
  });

  describe('planGroupSwitch', () => {
    it('should close the old membership the day before the switch when the switch is later', () => {
      expect(planGroupSwitch({ from: '2025-11-01' }, '2026-03-01')).toEqual({
        kind: 'close-and-open',
        closeOn: '2026-02-28',
        from: '2026-03-01',
      });
    });

    it('should correct the group in place when the switch starts on the same day', () => {
      expect(planGroupSwitch({ from: '2025-11-01' }, '2025-11-01')).toEqual({
        kind: 'replace-group',
        from: '2025-11-01',
      });
    });

    it('should reject a switch before the current membership started', () => {
      let error: unknown;
      try {
        planGroupSwitch({ from: '2025-11-01' }, '2025-10-31');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CouncilError);
      expect((error as CouncilError).code).toBe('SWITCH_BEFORE_CURRENT_MEMBERSHIP');
    });

    it('should reject an invalid date', () => {
      let error: unknown;
      try {
        planGroupSwitch({ from: '2025-11-01' }, '2026-02-30');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CouncilError);
      expect((error as CouncilError).code).toBe('INVALID_DATE');
    });
  });

  describe('planLeave', () => {
    it('should end an open membership the day before the member leaves', () => {
      expect(planLeave({ from: '2025-11-01' }, '2026-03-01')).toEqual({
        kind: 'close',
        closeOn: '2026-02-28',
      });
    });

    it('should remove a membership that would only start on or after the leaving day', () => {
      expect(planLeave({ from: '2026-03-01' }, '2026-03-01')).toEqual({ kind: 'remove' });
      expect(planLeave({ from: '2026-04-01' }, '2026-03-01')).toEqual({ kind: 'remove' });
    });

    it('should reject an invalid leaving day', () => {
      expect(() => planLeave({ from: '2025-11-01' }, '2026-02-30')).toThrow(CouncilError);
    });
  });

  describe('overlappingPeriod', () => {
    const spd = { groupKey: 'SPD', from: '2025-11-01', to: '2026-03-31' };
    const gruene = { groupKey: 'GRUENE', from: '2026-04-01', to: null };

    it('should accept periods that follow each other without a shared day', () => {
      expect(overlappingPeriod({ from: '2026-04-01', to: null }, [spd])).toBeUndefined();
      expect(overlappingPeriod({ from: '2025-01-01', to: '2025-10-31' }, [spd, gruene])).toBe(
        undefined,
      );
    });

    it('should find a period sharing a day, counting open ends as running on', () => {
      expect(overlappingPeriod({ from: '2026-03-31', to: null }, [spd])).toBe(spd);
      expect(overlappingPeriod({ from: '2030-01-01', to: '2030-01-01' }, [spd, gruene])).toBe(
        gruene,
      );
      expect(overlappingPeriod({ from: '2020-01-01', to: null }, [spd])).toBe(spd);
    });
  });

  describe('groupKeyOn', () => {
    const history: DatedMembership[] = [
      { groupKey: 'SPD', from: '2025-11-01', to: '2026-02-28' },
      { groupKey: 'GRUENE', from: '2026-03-01', to: null },
    ];

    it('should return the group of the day including both ends of a period', () => {
      expect(groupKeyOn(history, '2025-11-01')).toBe('SPD');
      expect(groupKeyOn(history, '2026-02-28')).toBe('SPD');
      expect(groupKeyOn(history, '2026-03-01')).toBe('GRUENE');
      expect(groupKeyOn(history, '2030-01-01')).toBe('GRUENE');
    });

    it('should return null before the first membership', () => {
      expect(groupKeyOn(history, '2025-10-31')).toBeNull();
    });
  });
});
