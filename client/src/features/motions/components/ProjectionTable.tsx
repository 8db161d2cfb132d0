import type { VoteProjectionRow } from '@mehrheitsplaner/shared';
import { TableScroll } from '../../../app/TableScroll';
import { useT } from '../../../i18n/i18n';

type ProjectionTableProps = { rows: VoteProjectionRow[]; nameOf: (key: string) => string };

/** Per group: the last whip entry before the vote beside the group's line, right or wrong. */
export function ProjectionTable({ rows, nameOf }: ProjectionTableProps) {
  const { t } = useT();
  return (
    <TableScroll label={t('voteResult.projection')}>
      <table className="data-table" data-testid="projection">
        <caption>{t('voteResult.projection')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('council.col.group')}</th>
            <th scope="col">{t('voteResult.predicted')}</th>
            <th scope="col">{t('voteResult.did')}</th>
            <th scope="col">{t('voteResult.right')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.groupKey} data-group={row.groupKey}>
              <th scope="row">{nameOf(row.groupKey)}</th>
              <td>
                {row.stance ? t(`whip.stance.${row.stance}`) : '–'}
                {row.confidence && (
                  <span className="muted-inline"> ({t(`whip.confidence.${row.confidence}`)})</span>
                )}
              </td>
              <td>{row.line ? t(`calc.vote.${row.line}`) : t('historyPage.noLine')}</td>
              <td className={row.right === false ? 'projection--wrong' : undefined}>
                {row.right === null ? '–' : row.right ? '✓' : '✗'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
