import type { CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { GroupSelect } from '../../council/components/GroupSelect';
import { PolicyAreaField } from '../../agreement/components/PolicyAreaField';
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
      <label className="field">
        <span>{t('historyPage.from')}</span>
        <input
          type="date"
          name="from"
          value={filters.from}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('historyPage.to')}</span>
        <input
          type="date"
          name="to"
          value={filters.to}
          onChange={(e) => set('to', e.currentTarget.value)}
        />
      </label>
      <PolicyAreaField
        label={t('motions.filter.policyArea')}
        value={filters.policyArea}
        onChange={(value) => set('policyArea', value)}
        anyLabel={t('motions.filter.any')}
      />
      <label className="field">
        <span>{t('motions.filter.sponsor')}</span>
        <GroupSelect
          council={council}
          value={filters.sponsor}
          onChange={(value) => set('sponsor', value)}
          emptyLabel={t('motions.filter.any')}
        />
      </label>
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
