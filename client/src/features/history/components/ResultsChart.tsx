import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { HistoryVoteView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { resultsByMonth } from '../utils/chart-data';
import { ChartCard } from './ChartCard';
import { legendLabel } from './legend-label';

const SERIES = [
  { key: 'democratic', color: '#1d7a3d' },
  { key: 'reliesOnExcluded', color: '#b42318' },
  { key: 'adoptedOther', color: '#c58a00' },
  { key: 'rejected', color: '#8a94a6' },
] as const;

/** Results over time: adopted per month (democratic / relying on excluded votes) and rejected. */
export const ResultsChart = memo(function ResultsChart({
  votes,
  excluded,
}: {
  votes: HistoryVoteView[];
  excluded: string;
}) {
  const { t, formatMonth } = useT();
  const data = useMemo(
    () => resultsByMonth(votes).map((row) => ({ ...row, label: formatMonth(row.month) })),
    [votes, formatMonth],
  );
  const names: Record<(typeof SERIES)[number]['key'], string> = {
    democratic: t('historyPage.chart.democratic'),
    reliesOnExcluded: excluded
      ? t('historyPage.chart.relying', { excluded })
      : t('historyPage.chart.relyingNoName'),
    adoptedOther: t('historyPage.chart.adoptedOther'),
    rejected: t('motion.status.rejected'),
  };
  return (
    <ChartCard
      title={t('historyPage.chart.results')}
      testId="chart-results"
      empty={data.length === 0}
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendLabel} />
          {SERIES.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={names[series.key]}
              stackId="votes"
              fill={series.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
});
