import type { OparlImportResult } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { COUNT_KEYS } from '../utils/import-job';

const COLUMNS = ['created', 'updated', 'deleted'] as const;

/** Created / updated / deleted per kind, and what was skipped with its reason. */
export function ImportResult({ result }: { result: OparlImportResult }) {
  const { t, tCount, formatNumber, formatDateTime } = useT();
  return (
    <div className="import-result" data-testid="import-result">
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.oparl.kind')}</th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="num">
                  {t(`admin.oparl.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COUNT_KEYS.map((key) => (
              <tr key={key} data-kind={key}>
                <th scope="row">{t(`admin.oparl.count.${key}`)}</th>
                {COLUMNS.map((column) => (
                  <td key={column} className="num" data-column={column}>
                    {formatNumber(result[column][key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {tCount('admin.oparl.ignored', result.ignored)}
        {result.modifiedSince &&
          ` · ${t('admin.oparl.modifiedSince', { date: formatDateTime(result.modifiedSince) })}`}
      </p>
      <h3>{t('admin.oparl.skipped', { count: result.skipped.length })}</h3>
      {result.skipped.length > 0 && (
        <ul className="skipped-list" data-testid="import-skipped">
          {result.skipped.map((item) => (
            <li key={`${item.type}:${item.id}`}>
              <strong>{item.type}</strong> <code>{item.id}</code>: {item.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
