import type { HistorySummary } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';

type HistorySummaryPanelProps = { summary: HistorySummary; excluded: string };

/** Votes, adopted, democratic share and — prominently — every adoption that relied on excluded votes. */
export function HistorySummaryPanel({ summary, excluded }: HistorySummaryPanelProps) {
  const { t, formatNumber, formatPercent, formatDate } = useT();
  const figures = [
    { key: 'votes', label: t('historyPage.summary.votes'), value: formatNumber(summary.votes) },
    {
      key: 'adopted',
      label: t('historyPage.summary.adopted'),
      value: formatNumber(summary.adopted),
    },
    ...(summary.votesWithoutCounts > 0
      ? [
          {
            key: 'withoutCounts',
            label: t('resultOnly.summary'),
            value: formatNumber(summary.votesWithoutCounts),
          },
        ]
      : []),
    {
      key: 'democratic',
      label: t('historyPage.summary.democratic'),
      value: formatNumber(summary.adoptedWithDemocraticMajority),
    },
    {
      key: 'share',
      label: t('historyPage.summary.share'),
      value: formatPercent(summary.democraticShare),
    },
  ];
  const relying = summary.adoptedRelyingOnExcluded;
  return (
    <section className="history-summary" aria-label={t('historyPage.summary.title')}>
      <dl className="card figures" data-testid="history-summary">
        {figures.map((figure) => (
          <div key={figure.key} className="figure" data-figure={figure.key}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <div
        className={`card excluded-panel${relying.length ? ' excluded-panel--alert' : ''}`}
        data-testid="relying-on-excluded"
        role={relying.length ? 'alert' : undefined}
      >
        <h2>
          {excluded
            ? t('historyPage.relying.title', { excluded })
            : t('historyPage.relying.titleNoName')}{' '}
          <span className="excluded-panel__count">({formatNumber(relying.length)})</span>
        </h2>
        {relying.length === 0 ? (
          <p className="muted">{t('historyPage.relying.none')}</p>
        ) : (
          <ul className="excluded-panel__list">
            {relying.map((vote) => (
              <li key={vote.voteId} data-motion-id={vote.motionId}>
                <a href={hrefOf({ page: 'motion', motionId: vote.motionId })}>{vote.title}</a>
                <span className="muted-inline"> · {formatDate(vote.date)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
