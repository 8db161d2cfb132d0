import { checkNoOverlap, checkOneChair, checkPeriod } from './membership-period';

const codeOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('the dates of a seat in a body', () => {
  it('should accept an open seat and one that ends on its first day, not one that ends before', () => {
    expect(checkPeriod({ from: '2026-01-01', to: null })).toEqual({ from: '2026-01-01', to: null });
    expect(codeOf(() => checkPeriod({ from: '2026-01-01', to: '2026-01-01' }))).toBeUndefined();
    expect(codeOf(() => checkPeriod({ from: '2026-01-02', to: '2026-01-01' }))).toBe(
      'INVALID_DATE',
    );
    expect(codeOf(() => checkPeriod({ from: '2026-02-30', to: null }))).toBe('INVALID_DATE');
  });

  it('should refuse a second seat of one person that shares a day, both ends inclusive', () => {
    const earlier = [{ from: '2025-11-01', to: '2026-02-28' }];
    expect(codeOf(() => checkNoOverlap({ from: '2026-03-01', to: null }, earlier))).toBeUndefined();
    expect(codeOf(() => checkNoOverlap({ from: '2026-02-28', to: null }, earlier))).toBe(
      'BODY_MEMBERSHIP_OVERLAP',
    );
    const open = [{ from: '2026-03-01', to: null }];
    expect(codeOf(() => checkNoOverlap({ from: '2025-01-01', to: '2026-02-28' }, open))).toBe(
      undefined,
    );
    expect(codeOf(() => checkNoOverlap({ from: '2025-01-01', to: null }, open))).toBe(
      'BODY_MEMBERSHIP_OVERLAP',
    );
  });

  it('should allow one chair at a time and any number of members', () => {
    const chairs = [{ from: '2025-11-01', to: null }];
    const period = { from: '2026-01-01', to: null };
    expect(codeOf(() => checkOneChair(period, 'chair', chairs))).toBe('BODY_CHAIR_TAKEN');
    expect(codeOf(() => checkOneChair(period, 'member', chairs))).toBeUndefined();
    expect(codeOf(() => checkOneChair(period, 'deputy', chairs))).toBeUndefined();
  });
});
