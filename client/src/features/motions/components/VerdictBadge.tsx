import type { Verdict } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { marginText } from '../../calculator/utils/result-texts';
import { verdictText } from '../utils/verdict-texts';

type VerdictBadgeProps = {
  verdict: Verdict;
  margin: number;
  /** Names of the excluded groups (council data), e.g. "AfD". */
  excluded: string;
  large?: boolean;
};

/** ✓ demokratische Mehrheit · ⚠ nur mit …-Stimmen · ✗ keine Mehrheit · ? offen, plus margin. */
export function VerdictBadge({ verdict, margin, excluded, large = false }: VerdictBadgeProps) {
  const i18n = useT();
  return (
    <span
      className={`verdict-badge verdict-badge--${verdict}${large ? ' verdict-badge--large' : ''}`}
      data-testid="verdict-badge"
      data-verdict={verdict}
      data-margin={margin}
    >
      <span className="verdict-badge__label">{verdictText(i18n, verdict, excluded)}</span>
      <span className="verdict-badge__margin">{marginText(i18n, margin)}</span>
    </span>
  );
}
