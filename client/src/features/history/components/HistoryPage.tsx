import { useMemo, useState } from 'react';
import type { CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { excludedNames } from '../../council/model/council-groups';
import { useHistory } from '../hooks/use-history';
import { EMPTY_HISTORY_FILTERS, historyQuery } from '../utils/history-filters';
import { AccuracyChart } from './AccuracyChart';
import { AccuracyTable } from './AccuracyTable';
import { ExportLinks } from './ExportLinks';
import { GroupRateChart } from './GroupRateChart';
import { HistoryFiltersForm } from './HistoryFiltersForm';
import { HistoryGroupsTable } from './HistoryGroupsTable';
import { HistoryMembersTable } from './HistoryMembersTable';
import { HistorySummaryPanel } from './HistorySummaryPanel';
import { HistoryVotesTable } from './HistoryVotesTable';
import { ResultsChart } from './ResultsChart';

/** "Verlauf": what happened, as the coalition committee reviews it. */
export function HistoryPage({ council }: { council: CouncilView }) {
  const { t } = useT();
  const [filters, setFilters] = useState(EMPTY_HISTORY_FILTERS);
  const data = useHistory(filters);
  const query = useMemo(() => historyQuery(filters), [filters]);
  const excluded = excludedNames(council);
  return (
    <main
      className="page history-page"
      data-testid="history-page"
      data-state={data.loading ? 'loading' : 'ready'}
    >
      <div className="page__head">
        <h1>{t('historyPage.title')}</h1>
        <ExportLinks query={query} />
      </div>
      <HistoryFiltersForm council={council} filters={filters} onChange={setFilters} />
      {data.error && (
        <p className="alert alert--danger">{t('historyPage.loadError', { message: data.error })}</p>
      )}
      {data.summary && <HistorySummaryPanel summary={data.summary} excluded={excluded} />}
      <div className="chart-grid">
        <ResultsChart votes={data.votes} excluded={excluded} />
        <GroupRateChart
          council={council}
          rows={data.groups}
          rate="inWinningMajority"
          title={t('historyPage.chart.partners')}
          testId="chart-partners"
        />
        <GroupRateChart
          council={council}
          rows={data.groups}
          rate="attendance"
          title={t('historyPage.chart.attendance')}
          testId="chart-attendance"
        />
        <AccuracyChart council={council} rows={data.accuracy} />
      </div>
      <HistoryVotesTable council={council} votes={data.votes} excluded={excluded} />
      <HistoryGroupsTable council={council} rows={data.groups} />
      <section className="card" aria-labelledby="history-accuracy-title">
        <h2 id="history-accuracy-title">{t('historyPage.accuracy.title')}</h2>
        <p className="muted">{t('historyPage.accuracy.intro')}</p>
        <AccuracyTable council={council} rows={data.accuracy} />
      </section>
      <HistoryMembersTable council={council} filters={filters} />
    </main>
  );
}
