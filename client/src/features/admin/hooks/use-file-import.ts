import { useState } from 'react';
import type { FileImportKind, FileImportResult } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { useErrorText } from '../../../i18n/use-error-text';

export type FileImport = {
  result: FileImportResult | null;
  error: string | null;
  busy: boolean;
  /** A dry run: the changes and the row errors, nothing written. */
  preview: (file: File, kind: FileImportKind) => void;
  /** Writes the previewed file (the server checks every row again, in one transaction). */
  apply: (file: File, kind: FileImportKind) => void;
  reset: () => void;
};

/** Sends a CSV/XLSX file to the file import, as a preview first and then for real. */
export function useFileImport(): FileImport {
  const errorText = useErrorText();
  const [result, setResult] = useState<FileImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = (file: File, kind: FileImportKind, dryRun: boolean) => {
    setBusy(true);
    setError(null);
    api
      .importFile(file, kind, dryRun)
      .then(setResult, (cause: unknown) => {
        setResult(null);
        setError(errorText(cause));
      })
      .finally(() => setBusy(false));
  };
  return {
    result,
    error,
    busy,
    preview: (file, kind) => send(file, kind, true),
    apply: (file, kind) => send(file, kind, false),
    reset: () => {
      setResult(null);
      setError(null);
    },
  };
}
