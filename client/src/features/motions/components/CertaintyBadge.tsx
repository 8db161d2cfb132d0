import type { Certainty } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { certaintySummary } from '../utils/certainty-texts';
import { phraseText } from '../utils/phrase';

type CertaintyBadgeProps = {
  certainty: Certainty;
  /** Names of the excluded groups (council data), e.g. "AfD". */
  excluded: string;
  large?: boolean;
};

/**
 * The one word a manager reads first (domain.md, "Certainty"): gesichert · wahrscheinlich · offen ·
 * aussichtslos, the margin of the scenario that decides it, and the warnings beside it.
 */
export function CertaintyBadge({ certainty, excluded, large = false }: CertaintyBadgeProps) {
  const i18n = useT();
  const { t } = i18n;
  const summary = certaintySummary(certainty, excluded);
  return (
    <span
      className={`certainty-badge certainty-badge--${summary.level}${large ? ' certainty-badge--large' : ''}`}
      data-testid="certainty-badge"
      data-level={summary.level}
      data-margin={certainty.margin}
      title={t('certainty.label')}
    >
      <span className="certainty-badge__level">{t(`certainty.level.${summary.level}`)}</span>
      {summary.margin.length > 0 && (
        <span className="certainty-badge__margin" data-testid="certainty-margin">
          {summary.margin.map((phrase) => phraseText(i18n, phrase)).join(' · ')}
        </span>
      )}
      {summary.warnings.map((phrase) => (
        <span
          key={'key' in phrase ? phrase.key : phrase.plural}
          className="certainty-badge__warning"
          data-testid="certainty-warning"
        >
          {phraseText(i18n, phrase)}
        </span>
      ))}
    </span>
  );
}
