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
  /** false when the (expected) tally has no quorum: "nicht beschlussfähig" instead of a reserve. */
  quorum?: boolean;
};

/** ✓ demokratische Mehrheit · ⚠ nur mit …-Stimmen · ✗ keine Mehrheit · ? offen, plus margin. */
export function VerdictBadge({
  verdict,
  margin,
  excluded,
  large = false,
  quorum,
}: VerdictBadgeProps) {
  const i18n = useT();
  const marginLine = marginText(i18n, margin, { quorum, open: verdict === 'open' });
  return (
    <span
      className={`verdict-badge verdict-badge--${verdict}${large ? ' verdict-badge--large' : ''}`}
      data-testid="verdict-badge"
      data-verdict={verdict}
      data-margin={margin}
      data-quorum={quorum === false ? 'no' : undefined}
    >
      <span className="verdict-badge__label">{verdictText(i18n, verdict, excluded)}</span>
      {marginLine && <span className="verdict-badge__margin">{marginLine}</span>}
    </span>
  );
}
