import type { CSSProperties } from 'react';
import type { CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { groupsInChartOrder } from '../model/council-groups';

export function SeatLegend({ council }: { council: CouncilView }) {
  const { t, formatNumber } = useT();
  return (
    <ul className="legend">
      {groupsInChartOrder(council).map((group) => (
        <li
          key={group.key}
          className={group.excluded ? 'legend__item is-excluded' : 'legend__item'}
        >
          <span
            className={group.excluded ? 'swatch swatch--hatched' : 'swatch'}
            style={{ '--swatch': group.color } as CSSProperties}
            aria-hidden="true"
          />
          <span className="legend__name">{group.name}</span>
          <span className="legend__seats">{formatNumber(group.seats)}</span>
          {group.excluded && <span className="legend__note">{t('council.legendExcluded')}</span>}
        </li>
      ))}
      {council.mayor && (
        <li className="legend__item">
          <span className="swatch swatch--mayor" aria-hidden="true" />
          <span className="legend__name">
            {council.mayor.title} ({council.mayor.name})
          </span>
        </li>
      )}
    </ul>
  );
}
