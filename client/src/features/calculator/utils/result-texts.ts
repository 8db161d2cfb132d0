import type { I18n } from '../../../i18n/i18n';

/** "Reserve: 4 Stimmen" for a margin ≥ 0, "Es fehlen 3 Stimmen" below (domain.md, margin). */
export function marginText(i18n: I18n, margin: number): string {
  return margin >= 0
    ? i18n.tCount('verdict.reserve', margin)
    : i18n.tCount('verdict.missing', Math.abs(margin));
}
