import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CouncilView, GroupHistoryRow } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { asPercentPoints, groupBars } from '../utils/chart-data';
import { ChartCard } from './ChartCard';

type GroupRateChartProps = {
  council: CouncilView;
  rows: GroupHistoryRow[];
  rate: 'inWinningMajority' | 'attendance';
  title: string;
  testId: string;
};

export const BAR_ROW_PX = 26;
export const CATEGORY_AXIS_PX = 130;

/** One rate per group (in the winning majority, attendance) as bars in the groups' colours. */
export const GroupRateChart = memo(function GroupRateChart({
  council,
  rows,
  rate,
  title,
  testId,
}: GroupRateChartProps) {
  const { formatPercent } = useT();
  const data = useMemo(
    () =>
      groupBars(rows, council, (row) => row[rate]).map((bar) => ({
        ...bar,
        points: asPercentPoints(bar.value),
      })),
    [rows, council, rate],
  );
  return (
    <ChartCard title={title} testId={testId} empty={data.every((bar) => bar.value === null)}>
      <ResponsiveContainer width="100%" height={Math.max(120, data.length * BAR_ROW_PX + 40)}>
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
          <Tooltip
            formatter={(_value, _name, item) =>
              formatPercent((item.payload as { value: number | null }).value)
            }
          />
          <Bar dataKey="points" name={title} isAnimationActive={false}>
            {data.map((bar) => (
              <Cell key={bar.key} fill={bar.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
});
