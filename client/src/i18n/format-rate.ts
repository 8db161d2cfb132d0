/** The sign for a figure with nothing to count (a `null` rate, domain.md). */
export const NO_VALUE = '–';

/**
 * A rate (0–1) as a percentage in the locale, e.g. 0.8333 → "83,3 %" in de-DE; `null` → "–".
 * Whole percentages drop the decimal ("100 %", not "100,0 %").
 */
export function formatRate(value: number | null | undefined, intlLocale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return new Intl.NumberFormat(intlLocale, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}
