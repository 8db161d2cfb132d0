import { MOTION_STATUSES } from '@mehrheitsplaner/shared';
import type { CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { EMPTY_FILTERS, hasActiveFilters, isMotionStatus } from '../utils/motion-filters';
import type { MotionFilters as Filters } from '../utils/motion-filters';
import { MotionFilterFields } from './MotionFilterFields';

type MotionFiltersProps = {
  council: CouncilView;
  filters: Filters;
  policyAreas: string[];
  onChange: (filters: Filters) => void;
};

/** Search and filters of the motion list. */
export function MotionFilters({ council, filters, policyAreas, onChange }: MotionFiltersProps) {
  const { t } = useT();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <form className="motion-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label className="field motion-filters__search">
        <span>{t('motions.search')}</span>
        <input
          type="search"
          data-testid="motion-search"
          placeholder={t('motions.searchPlaceholder')}
          value={filters.q}
          onChange={(event) => set('q', event.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('motions.filter.status')}</span>
        <select
          value={filters.status}
          onChange={(event) => {
            const value = event.currentTarget.value;
            set('status', isMotionStatus(value) ? value : '');
          }}
        >
          <option value="">{t('motions.filter.any')}</option>
          {MOTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`motion.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <MotionFilterFields
        council={council}
        values={filters}
        onChange={set}
        fromLabel={t('motions.filter.from')}
        toLabel={t('motions.filter.to')}
        fallbackAreas={policyAreas}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={filters.withoutMajority}
          onChange={(event) => set('withoutMajority', event.currentTarget.checked)}
        />
        <span>{t('motions.filter.withoutMajority')}</span>
      </label>
      {hasActiveFilters(filters) && (
        <button type="button" className="button--ghost" onClick={() => onChange(EMPTY_FILTERS)}>
          {t('motions.filter.reset')}
        </button>
      )}
    </form>
  );
}
