import { useMemo } from 'react';
import { CONFIDENCES } from '@mehrheitsplaner/shared';
import type { AccuracyRow, CouncilView } from '@mehrheitsplaner/shared';
import { TableScroll } from '../../../app/TableScroll';
import { useT } from '../../../i18n/i18n';
import { accuracyBars, accuracyByBand } from '../utils/chart-data';

type AccuracyTableProps = { council: CouncilView; rows: AccuracyRow[] };

/** Projection accuracy per group and confidence band ("3 von 4 · 75 %"), and per band overall. */
export function AccuracyTable({ council, rows }: AccuracyTableProps) {
  const { t, formatPercent } = useT();
  const groups = useMemo(() => accuracyBars(rows, council), [rows, council]);
  const bands = useMemo(() => accuracyByBand(rows), [rows]);
  const ratio = (right: number, scored: number) =>
    scored === 0
      ? formatPercent(null)
      : `${t('historyPage.accuracy.ofScored', { right, scored })} · ${formatPercent(right / scored)}`;
  const cell = (group: string, band: (typeof CONFIDENCES)[number]) => {
    const row = rows.find((r) => r.groupKey === group && r.confidence === band);
    return ratio(row?.right ?? 0, row?.scored ?? 0);
  };
  return (
    <TableScroll label={t('historyPage.accuracy.title')}>
      <table className="data-table" data-testid="history-accuracy">
        <thead>
          <tr>
            <th scope="col">{t('council.col.group')}</th>
            {CONFIDENCES.map((band) => (
              <th key={band} scope="col" className="num">
                {t(`whip.confidence.${band}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key} data-group={group.key}>
              <th scope="row">{group.name}</th>
              {CONFIDENCES.map((band) => (
                <td key={band} className="num">
                  {cell(group.key, band)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('council.total')}</th>
            {bands.map((band) => (
              <td key={band.confidence} className="num" data-band={band.confidence}>
                {ratio(band.right, band.scored)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
