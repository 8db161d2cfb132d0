import { describe, expect, it } from '@jest/globals';
import { localDay } from './local-day';

describe('localDay', () => {
  it('should write the local calendar day with leading zeros', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 10, 30, 0, 1))).toBe('2026-11-30');
  });
});
