import type { CouncilView, GroupHistoryRow } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { groupNamer } from '../../motions/utils/motion-access';

type HistoryGroupsTableProps = { council: CouncilView; rows: GroupHistoryRow[] };

/** Per group: agreement with the coalition, cohesion, attendance, deviations, majority, pivotal. */
export function HistoryGroupsTable({ council, rows }: HistoryGroupsTableProps) {
  const { t, formatNumber, formatPercent } = useT();
  const nameOf = groupNamer(council, t('whip.mayor'));
  const colours = new Map(council.groups.map((group) => [group.key, group.color]));
  return (
    <section className="card" aria-labelledby="history-groups-title">
      <h2 id="history-groups-title">{t('historyPage.groups.title')}</h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="history-groups">
          <thead>
            <tr>
              <th scope="col">{t('council.col.group')}</th>
              <th scope="col" className="num">
                {t('historyPage.col.votes')}
              </th>
              <th scope="col" className="num">
                {t('historyPage.col.agreement')}
              </th>
              <th scope="col" className="num">
                {t('historyPage.col.cohesion')}
              </th>
              <th scope="col" className="num">
                {t('historyPage.col.attendance')}
              </th>
              <th scope="col" className="num">
                {t('historyPage.col.deviations')}
              </th>
              <th scope="col" className="num">
                {t('historyPage.col.winning')}
              </th>
              <th scope="col" className="num">
                {t('historyPage.col.pivotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.groupKey} data-group={row.groupKey}>
                <th scope="row">
                  <span className="swatch" style={{ background: colours.get(row.groupKey) }} />{' '}
                  {nameOf(row.groupKey)}
                </th>
                <td className="num">{formatNumber(row.votes)}</td>
                <td className="num" data-col="agreement">
                  {formatPercent(row.agreementWithCoalition)}
                </td>
                <td className="num" data-col="cohesion">
                  {formatPercent(row.cohesion)}
                </td>
                <td className="num" data-col="attendance">
                  {formatPercent(row.attendance)}
                </td>
                <td className="num" data-col="deviations">
                  {formatNumber(row.deviations)}
                </td>
                <td className="num" data-col="winning">
                  {formatPercent(row.inWinningMajority)}
                </td>
                <td className="num" data-col="pivotal">
                  {formatNumber(row.pivotal)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
