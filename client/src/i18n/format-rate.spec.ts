import { describe, expect, it } from '@jest/globals';
import { formatRate, NO_VALUE } from './format-rate';

const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatRate', () => {
  it('should write German percentages with a decimal comma when the locale is de-DE', () => {
    expect(nbsp(formatRate(5 / 6, 'de-DE'))).toBe('83,3 %');
    expect(nbsp(formatRate(1, 'de-DE'))).toBe('100 %');
    expect(nbsp(formatRate(0, 'de-DE'))).toBe('0 %');
  });

  it('should write English percentages when the locale is en-GB', () => {
    expect(formatRate(0.5, 'en-GB')).toBe('50%');
  });

  it('should show a dash when the rate has nothing to count', () => {
    expect(formatRate(null, 'de-DE')).toBe(NO_VALUE);
    expect(formatRate(undefined, 'de-DE')).toBe(NO_VALUE);
    expect(formatRate(Number.NaN, 'de-DE')).toBe(NO_VALUE);
  });
});
