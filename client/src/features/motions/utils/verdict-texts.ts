import type { Tally, Verdict } from '@mehrheitsplaner/shared';
import type { I18n } from '../../../i18n/i18n';

/** The verdict of one scenario: the badge's three outcomes ("open" needs the whole count). */
export function scenarioVerdict(tally: Tally): Exclude<Verdict, 'open'> {
  if (tally.democraticMajority) return 'democratic';
  return tally.reliesOnExcluded ? 'onlyWithExcluded' : 'noMajority';
}

/** "✓ demokratische Mehrheit", "⚠ nur mit AfD-Stimmen" (names from the council data), … */
export function verdictText(i18n: I18n, verdict: Verdict, excluded: string): string {
  if (verdict !== 'onlyWithExcluded') return i18n.t(`motion.verdict.${verdict}`);
  return excluded
    ? i18n.t('motion.verdict.onlyWithExcluded', { excluded })
    : i18n.t('motion.verdict.onlyWithExcludedNoName');
}
