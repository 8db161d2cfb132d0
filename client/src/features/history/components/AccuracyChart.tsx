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
import { CONFIDENCES } from '@mehrheitsplaner/shared';
import type { AccuracyRow, CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { accuracyBars, asPercentPoints } from '../utils/chart-data';
import { ChartCard } from './ChartCard';
import { legendLabel } from './legend-label';
import { BAR_ROW_PX, CATEGORY_AXIS_PX } from './GroupRateChart';

const BAND_COLOURS = { confirmed: '#1f2a44', likely: '#2b5bd7', uncertain: '#9db4ee' } as const;

/** Projection accuracy: per group, the share of right whip projections per confidence band. */
export const AccuracyChart = memo(function AccuracyChart({
  council,
  rows,
}: {
  council: CouncilView;
  rows: AccuracyRow[];
}) {
  const { t } = useT();
  const data = useMemo(
    () =>
      accuracyBars(rows, council).map((bar) => ({
        name: bar.name,
        confirmed: asPercentPoints(bar.confirmed),
        likely: asPercentPoints(bar.likely),
        uncertain: asPercentPoints(bar.uncertain),
      })),
    [rows, council],
  );
  return (
    <ChartCard
      title={t('historyPage.chart.accuracy')}
      testId="chart-accuracy"
      empty={data.length === 0}
      emptyText={t('historyPage.accuracy.none')}
    >
      <ResponsiveContainer width="100%" height={Math.max(120, data.length * BAR_ROW_PX * 2 + 60)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit=" %" tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="name"
            width={CATEGORY_AXIS_PX}
            interval={0}
            tick={{ fontSize: 11 }}
          />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendLabel} />
          {CONFIDENCES.map((band) => (
            <Bar
              key={band}
              dataKey={band}
              name={t(`whip.confidence.${band}`)}
              fill={BAND_COLOURS[band]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
});
