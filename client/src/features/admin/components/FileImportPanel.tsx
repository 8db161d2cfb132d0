import { useState } from 'react';
import type { FileImportKind } from '@mehrheitsplaner/shared';
import { ConfirmDialog } from '../../../app/ConfirmDialog';
import { useT } from '../../../i18n/i18n';
import { useFileImport } from '../hooks/use-file-import';
import { FileImportPreview } from './FileImportPreview';

const KINDS: FileImportKind[] = ['members', 'results'];

/** "Datei-Import": file + kind → preview with row errors → "Übernehmen" after a confirmation. */
export function FileImportPanel() {
  const { t, tCount } = useT();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<FileImportKind>('members');
  const [confirming, setConfirming] = useState(false);
  const { result, error, busy, preview, apply, reset } = useFileImport();
  const pending = result?.changes.filter((c) => c.action !== 'unchanged').length ?? 0;
  const canApply =
    file !== null &&
    result !== null &&
    !result.applied &&
    result.errors.length === 0 &&
    pending > 0;
  return (
    <section className="card" aria-labelledby="file-import-title" data-testid="file-import">
      <h2 id="file-import-title">{t('import.file.title')}</h2>
      <p className="muted">{t('import.file.intro')}</p>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          if (file) preview(file, kind);
        }}
      >
        <label className="field form-grid__wide">
          <span>{t('import.file.file')}</span>
          <input
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              reset();
            }}
          />
        </label>
        <label className="field">
          <span>{t('import.file.kind')}</span>
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.currentTarget.value as FileImportKind);
              reset();
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`import.file.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted form-grid__wide">{t(`import.file.columns.${kind}`)}</p>
        <div className="form-actions">
          <button type="submit" disabled={busy || file === null}>
            {t('import.file.preview')}
          </button>
          <button
            type="button"
            className="button--primary"
            disabled={busy || !canApply}
            onClick={() => setConfirming(true)}
          >
            {t('import.file.apply')}
          </button>
        </div>
      </form>
      {error && (
        <p className="alert alert--danger" role="alert">
          {error}
        </p>
      )}
      {result && <FileImportPreview result={result} />}
      {confirming && file && (
        <ConfirmDialog
          title={t('import.file.confirmTitle')}
          text={tCount('import.file.confirmText', pending)}
          confirmLabel={t('import.file.apply')}
          cancelLabel={t('import.file.cancel')}
          tone="primary"
          busy={busy}
          testId="file-import-confirm"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            apply(file, kind);
          }}
        />
      )}
    </section>
  );
}
