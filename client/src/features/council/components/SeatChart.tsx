import { memo, useMemo } from 'react';
import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { groupsInChartOrder } from '../model/council-groups';
import { hemicycleLayout } from '../utils/hemicycle';
import { seatLabels } from '../utils/seat-labels';

type SeatChartProps = { council: CouncilView; members: MemberView[] };

const hatchId = (key: string) => `hatch-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** The hemicycle: one circle per seat in its group's colour, the mayor at the centre. */
export const SeatChart = memo(function SeatChart({ council, members }: SeatChartProps) {
  const { t } = useT();
  const groups = useMemo(() => groupsInChartOrder(council), [council]);
  const layout = useMemo(
    () =>
      hemicycleLayout(groups.map((g) => ({ key: g.key, seats: g.seats, setApart: g.excluded }))),
    [groups],
  );
  const labels = useMemo(
    () =>
      seatLabels(
        groups,
        members,
        (group, member) => t('council.seatLabel', { group, member }),
        (number) => t('council.seatFallback', { number }),
      ),
    [groups, members, t],
  );
  const byKey = new Map(groups.map((group) => [group.key, group]));
  const { x, y, width, height } = layout.viewBox;

  return (
    <svg
      className="seat-chart"
      viewBox={`${x} ${y} ${width} ${height}`}
      role="img"
      aria-label={t('council.chartLabel', { name: council.name, seats: council.seats })}
    >
      <defs>
        {groups
          .filter((group) => group.excluded)
          .map((group) => (
            <pattern
              key={group.key}
              id={hatchId(group.key)}
              width="2.4"
              height="2.4"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="2.4" height="2.4" fill="#ffffff" />
              <rect width="1.1" height="2.4" fill={group.color} />
            </pattern>
          ))}
      </defs>
      {layout.seats.map((seat) => {
        const group = byKey.get(seat.groupKey);
        const excluded = group?.excluded ?? false;
        return (
          <circle
            key={`${seat.groupKey}-${seat.indexInGroup}`}
            data-testid="seat"
            data-group={seat.groupKey}
            className={excluded ? 'seat seat--excluded' : 'seat'}
            cx={seat.x}
            cy={seat.y}
            r={layout.seatRadius}
            fill={excluded ? `url(#${hatchId(seat.groupKey)})` : group?.color}
            stroke={excluded ? group?.color : 'rgba(0,0,0,0.25)'}
          >
            <title>{labels.get(seat.groupKey)?.[seat.indexInGroup]}</title>
          </circle>
        );
      })}
      {council.mayor && (
        <circle
          data-testid="mayor-seat"
          className="seat seat--mayor"
          cx={layout.mayor.x}
          cy={layout.mayor.y}
          r={layout.mayor.r}
        >
          <title>
            {t('council.mayorLabel', { title: council.mayor.title, name: council.mayor.name })}
          </title>
        </circle>
      )}
    </svg>
  );
});
