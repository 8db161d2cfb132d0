import type { CouncilView, GroupHistoryRow } from '@mehrheitsplaner/shared';
import { TableScroll } from '../../../app/TableScroll';
import { useT } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages.de';
import { groupNamer } from '../../motions/utils/motion-access';

type NumericField = {
  [K in keyof GroupHistoryRow]: GroupHistoryRow[K] extends number | null ? K : never;
}[keyof GroupHistoryRow];

/** The figures per group, in table order: counts or rates (shown as percentages). */
const COLUMNS: { field: NumericField; label: MessageKey; kind: 'count' | 'rate' }[] = [
  { field: 'votes', label: 'historyPage.col.votes', kind: 'count' },
  { field: 'agreementWithCoalition', label: 'historyPage.col.agreement', kind: 'rate' },
  { field: 'cohesion', label: 'historyPage.col.cohesion', kind: 'rate' },
  { field: 'attendance', label: 'historyPage.col.attendance', kind: 'rate' },
  { field: 'deviations', label: 'historyPage.col.deviations', kind: 'count' },
  { field: 'inWinningMajority', label: 'historyPage.col.winning', kind: 'rate' },
  { field: 'pivotal', label: 'historyPage.col.pivotal', kind: 'count' },
];

type HistoryGroupsTableProps = { council: CouncilView; rows: GroupHistoryRow[] };

/** Per group: agreement with the coalition, cohesion, attendance, deviations, majority, pivotal. */
export function HistoryGroupsTable({ council, rows }: HistoryGroupsTableProps) {
  const { t, formatNumber, formatPercent } = useT();
  const nameOf = groupNamer(council, t('whip.mayor'));
  const colours = new Map(council.groups.map((group) => [group.key, group.color]));
  return (
    <section className="card" aria-labelledby="history-groups-title">
      <h2 id="history-groups-title">{t('historyPage.groups.title')}</h2>
      <TableScroll label={t('historyPage.groups.title')}>
        <table className="data-table" data-testid="history-groups">
          <thead>
            <tr>
              <th scope="col">{t('council.col.group')}</th>
              {COLUMNS.map((column) => (
                <th key={column.field} scope="col" className="num">
                  {t(column.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.groupKey} data-group={row.groupKey}>
                <th scope="row">
                  <span className="swatch" style={{ background: colours.get(row.groupKey) }} />{' '}
                  {nameOf(row.groupKey)}
                </th>
                {COLUMNS.map(({ field, kind }) => (
                  <td key={field} className="num" data-col={field}>
                    {kind === 'rate' || row[field] === null
                      ? formatPercent(row[field])
                      : formatNumber(row[field])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
