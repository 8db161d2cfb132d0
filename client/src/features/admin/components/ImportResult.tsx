import type { OparlImportResult, OparlReportEntry } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { COUNT_KEYS } from '../utils/import-job';

const COLUMNS = ['created', 'updated', 'deleted'] as const;
/** The data-quality report after each import: decisions, gaps and members the import ended. */
const REPORT = ['guessed', 'missing', 'ended'] as const;

/** One report list, folded (an import can end dozens of placeholder members). */
function ReportList({
  title,
  entries,
  testId,
}: {
  title: string;
  entries: OparlReportEntry[];
  testId: string;
}) {
  if (entries.length === 0) return <h3>{title}</h3>;
  return (
    <details className="import-report" data-testid={testId}>
      <summary>
        <h3>{title}</h3>
      </summary>
      <ul className="skipped-list">
        {entries.map((item, index) => (
          <li key={`${item.type}:${item.id}:${index}`}>
            <strong>{item.type}</strong> <code>{item.id}</code>: {item.note}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Created / updated / deleted per kind, what was skipped with its reason, and the report. */
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
      {REPORT.map((list) => (
        <ReportList
          key={list}
          title={t(`import.report.${list}`, { count: result[list].length })}
          entries={result[list]}
          testId={`import-${list}`}
        />
      ))}
    </div>
  );
}
