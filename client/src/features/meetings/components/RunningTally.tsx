import type { DraftView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { VerdictBadge } from '../../motions/components/VerdictBadge';
import { scenarioVerdict } from '../../motions/utils/verdict-texts';

type RunningTallyProps = {
  draft: DraftView | null;
  excluded: string;
  nameOf: (key: string) => string;
};

/** The running tally of the live entry with its verdict, as every open screen sees it. */
export function RunningTally({ draft, excluded, nameOf }: RunningTallyProps) {
  const { t, formatNumber } = useT();
  if (!draft) {
    return (
      <p className="muted" data-testid="running-tally" data-state="empty">
        {t('meetings.noEntries')}
      </p>
    );
  }
  const { tally } = draft;
  return (
    <div
      className="running-tally"
      data-testid="running-tally"
      data-state="running"
      data-yes={tally.yes}
      data-no={tally.no}
      aria-live="polite"
    >
      <VerdictBadge
        verdict={scenarioVerdict(tally)}
        margin={tally.margin}
        quorum={tally.quorum}
        excluded={excluded}
        large
      />
      <dl className="counts counts--compact">
        {(['yes', 'no', 'abstain', 'absent'] as const).map((key) => (
          <div key={key} className={`counts__item counts__item--${key}`}>
            <dt>{t(`verdict.${key}Count`)}</dt>
            <dd data-testid={`running-${key}`}>{formatNumber(tally[key])}</dd>
          </div>
        ))}
      </dl>
      <p className={tally.passes ? 'fact fact--ok' : 'fact fact--bad'} data-testid="running-passes">
        {t(tally.passes ? 'meetings.wouldPass' : 'meetings.wouldFail')}
      </p>
      {draft.missingGroupKeys.length > 0 && (
        <p className="muted">
          {t('meetings.missing', { groups: draft.missingGroupKeys.map(nameOf).join(', ') })}
        </p>
      )}
    </div>
  );
}
