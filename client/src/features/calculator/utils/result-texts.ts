import type { I18n } from '../../../i18n/i18n';

/** What the margin line depends on: without quorum or while a motion is open there is no reserve. */
export type MarginContext = { quorum?: boolean; open?: boolean };

/**
 * "Reserve: 4 Stimmen" for a margin ≥ 0, "Es fehlen 3 Stimmen" below (domain.md, margin);
 * "nicht beschlussfähig" when the tally has no quorum; nothing for an open motion.
 */
export function marginText(i18n: I18n, margin: number, context: MarginContext = {}): string {
  if (context.quorum === false) return i18n.t('verdict.notQuorate');
  if (context.open) return '';
  return margin >= 0
    ? i18n.tCount('verdict.reserve', margin)
    : i18n.tCount('verdict.missing', Math.abs(margin));
}
