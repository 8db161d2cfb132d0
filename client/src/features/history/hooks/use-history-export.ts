import { useCallback, useState } from 'react';
import type { HistoryQuery } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { useT } from '../../../i18n/i18n';
import { useErrorText } from '../../../i18n/use-error-text';
import type { HistoryExportFile } from '../../../api/api-client';
import { exportFileName, saveBlob } from '../utils/csv-download';

/** Downloads the exports with the bearer token (fetch + Blob; a plain link would lack auth). */
export function useHistoryExport(query: HistoryQuery) {
  const errorText = useErrorText();
  const { locale } = useT();
  const [busy, setBusy] = useState<HistoryExportFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (file: HistoryExportFile) => {
      setBusy(file);
      setError(null);
      api.history
        // CSV headers and words in the user's language; the JSON twins have no words to translate.
        .file(file, query, file.endsWith('.csv') ? locale : undefined)
        .then((blob) => saveBlob(blob, exportFileName(file, query)))
        .catch((reason: unknown) => setError(errorText(reason)))
        .finally(() => setBusy(null));
    },
    [query, errorText, locale],
  );
  return { busy, error, run };
}
