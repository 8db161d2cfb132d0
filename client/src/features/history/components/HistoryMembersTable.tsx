import { useState } from 'react';
import type { CouncilView } from '@mehrheitsplaner/shared';
import { TableScroll } from '../../../app/TableScroll';
import { useT } from '../../../i18n/i18n';
import { GroupSelect } from '../../council/components/GroupSelect';
import { groupNamer } from '../../motions/utils/motion-access';
import { useHistoryMembers } from '../hooks/use-history';
import type { HistoryFilters } from '../utils/history-filters';

type HistoryMembersTableProps = { council: CouncilView; filters: HistoryFilters };

/** Per member: attendance and deviations, with the group the member had on the days counted. */
export function HistoryMembersTable({ council, filters }: HistoryMembersTableProps) {
  const { t, formatNumber, formatPercent } = useT();
  const [groupKey, setGroupKey] = useState('');
  const { rows, error } = useHistoryMembers(filters, groupKey);
  const nameOf = groupNamer(council, t('whip.mayor'));
  return (
    <section className="card" aria-labelledby="history-members-title">
      <div className="card__head">
        <h2 id="history-members-title">{t('historyPage.members.title')}</h2>
        <label className="field field--inline">
          <span>{t('council.col.group')}</span>
          <GroupSelect
            council={council}
            value={groupKey}
            onChange={setGroupKey}
            emptyLabel={t('motions.filter.any')}
            testId="members-group"
          />
        </label>
      </div>
      {error && <p className="alert alert--danger">{error}</p>}
      <TableScroll label={t('historyPage.members.title')} tall>
        <table className="data-table" data-testid="history-members">
          <thead>
            <tr>
              <th scope="col">{t('historyPage.col.member')}</th>
              <th scope="col">{t('historyPage.col.groupThatDay')}</th>
              <th scope="col" className="num">
                {t('historyPage.col.votes')}
              </th>
              <th scope="col" className="num">
                {t('historyPage.col.attendance')}
              </th>
              <th scope="col" className="num">
                {t('historyPage.col.deviations')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows?.length === 0 && (
              <tr>
                <td colSpan={5} className="muted" data-testid="history-members-empty">
                  {t('historyPage.members.empty')}
                </td>
              </tr>
            )}
            {rows?.map((row) => (
              <tr key={`${row.memberId}:${row.groupKey ?? ''}`} data-member={row.memberId}>
                <th scope="row">{row.name}</th>
                <td>{row.groupKey ? nameOf(row.groupKey) : t('historyPage.noGroup')}</td>
                <td className="num">{formatNumber(row.votes)}</td>
                <td className="num">{formatPercent(row.attendance)}</td>
                <td className="num">{formatNumber(row.deviations)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
