import type { FileImportResult } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

/** The rows' errors (nothing can be taken while there are any) and the changes, row by row. */
export function FileImportPreview({ result }: { result: FileImportResult }) {
  const { t, tCount, formatNumber } = useT();
  return (
    <div className="file-import__preview" data-testid="file-import-preview">
      <p role="status">
        {result.applied
          ? tCount('import.file.applied', result.changes.length)
          : t('import.file.summary', {
              rows: formatNumber(result.rows),
              changes: formatNumber(result.changes.length),
              errors: formatNumber(result.errors.length),
            })}
      </p>
      {result.errors.length > 0 && (
        <div className="alert alert--danger" role="alert" data-testid="file-import-errors">
          <p>{tCount('import.file.errors', result.errors.length)}</p>
          <ul className="skipped-list">
            {result.errors.map((error) => (
              <li key={`${error.row}:${error.column ?? ''}:${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {result.changes.length > 0 && (
        <table className="data-table file-import__changes" data-testid="file-import-changes">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.file.row')}
              </th>
              <th scope="col">{t('import.file.change')}</th>
            </tr>
          </thead>
          <tbody>
            {result.changes.map((change, index) => (
              <tr key={index} data-action={change.action}>
                <td className="num">{formatNumber(change.row)}</td>
                <td>
                  <span className={`file-import__action file-import__action--${change.action}`}>
                    {t(`import.file.action.${change.action}`)}
                  </span>{' '}
                  {change.text}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
