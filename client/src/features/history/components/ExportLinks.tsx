import type { HistoryQuery } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { HistoryExportFile } from '../../../api/api-client';
import { useHistoryExport } from '../hooks/use-history-export';

const FILES: HistoryExportFile[] = ['votes.csv', 'ballots.csv', 'votes.json', 'ballots.json'];

/** CSV (Excel, UTF-8 with BOM) and JSON downloads of the filtered history. */
export function ExportLinks({ query }: { query: HistoryQuery }) {
  const { t } = useT();
  const { busy, error, run } = useHistoryExport(query);
  return (
    <div className="export-links" role="group" aria-label={t('historyPage.export.title')}>
      {FILES.map((file) => (
        <button
          key={file}
          type="button"
          data-testid={`export-${file}`}
          disabled={busy !== null}
          onClick={() => run(file)}
        >
          ⤓ {t(`historyPage.export.${file}`)}
        </button>
      ))}
      {error && <span className="alert alert--danger">{error}</span>}
    </div>
  );
}
