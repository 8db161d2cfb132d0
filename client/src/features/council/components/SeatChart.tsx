import { memo, useMemo } from 'react';
import { MAYOR_KEY } from '@mehrheitsplaner/shared';
import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { groupsInChartOrder } from '../model/council-groups';
import { hemicycleLayout } from '../utils/hemicycle';
import { seatLabels } from '../utils/seat-labels';

/** A fill per seat (e.g. the expected vote); `undefined` keeps the group colour. */
export type SeatFill = (groupKey: string, indexInGroup: number) => string | undefined;

type SeatChartProps = {
  council: CouncilView;
  members: MemberView[];
  /** Optional colouring per seat instead of the group colours (the mayor is `MAYOR`, 0). */
  seatFill?: SeatFill;
  /** Groups drawn with a highlighted outline (e.g. pivotal groups). */
  highlighted?: ReadonlySet<string>;
  /** Accessible name; defaults to the council's seat distribution. */
  label?: string;
};

const hatchId = (key: string) => `hatch-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** The hemicycle: one circle per seat in its group's colour, the mayor at the centre. */
export const SeatChart = memo(function SeatChart({
  council,
  members,
  seatFill,
  highlighted,
  label,
}: SeatChartProps) {
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
      aria-label={label ?? t('council.chartLabel', { name: council.name, seats: council.seats })}
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
        const custom = seatFill?.(seat.groupKey, seat.indexInGroup);
        const classes = [
          'seat',
          excluded && 'seat--excluded',
          highlighted?.has(seat.groupKey) && 'seat--highlighted',
        ];
        return (
          <circle
            key={`${seat.groupKey}-${seat.indexInGroup}`}
            data-testid="seat"
            data-group={seat.groupKey}
            data-fill={custom}
            className={classes.filter(Boolean).join(' ')}
            cx={seat.x}
            cy={seat.y}
            r={layout.seatRadius}
            fill={custom ?? (excluded ? `url(#${hatchId(seat.groupKey)})` : group?.color)}
            stroke={excluded ? group?.color : 'rgba(0,0,0,0.25)'}
          >
            <title>{labels.get(seat.groupKey)?.[seat.indexInGroup]}</title>
          </circle>
        );
      })}
      {council.mayor && (
        <circle
          data-testid="mayor-seat"
          className={
            highlighted?.has(MAYOR_KEY) ? 'seat seat--mayor seat--highlighted' : 'seat seat--mayor'
          }
          style={seatFill?.(MAYOR_KEY, 0) ? { fill: seatFill(MAYOR_KEY, 0) } : undefined}
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
