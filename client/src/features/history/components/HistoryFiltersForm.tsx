import type { CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { MotionFilterFields } from '../../motions/components/MotionFilterFields';
import { EMPTY_HISTORY_FILTERS, isResultFilter } from '../utils/history-filters';
import type { HistoryFilters } from '../utils/history-filters';

type HistoryFiltersFormProps = {
  council: CouncilView;
  filters: HistoryFilters;
  onChange: (filters: HistoryFilters) => void;
};

/** Period, policy area, sponsor and result of the history page. */
export function HistoryFiltersForm({ council, filters, onChange }: HistoryFiltersFormProps) {
  const { t } = useT();
  const set = <K extends keyof HistoryFilters>(key: K, value: HistoryFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <form
      className="card motion-filters"
      role="search"
      data-testid="history-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <MotionFilterFields
        council={council}
        values={filters}
        onChange={set}
        fromLabel={t('historyPage.from')}
        toLabel={t('historyPage.to')}
      />
      <label className="field">
        <span>{t('historyPage.result')}</span>
        <select
          name="result"
          value={filters.result}
          onChange={(e) => {
            const value = e.currentTarget.value;
            set('result', isResultFilter(value) ? value : '');
          }}
        >
          <option value="">{t('motions.filter.any')}</option>
          <option value="adopted">{t('motion.status.adopted')}</option>
          <option value="rejected">{t('motion.status.rejected')}</option>
        </select>
      </label>
      <button
        type="button"
        className="button--ghost"
        onClick={() => onChange(EMPTY_HISTORY_FILTERS)}
      >
        {t('motions.filter.reset')}
      </button>
    </form>
  );
}
