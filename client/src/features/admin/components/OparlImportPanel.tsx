import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useOparlImport } from '../hooks/use-oparl-import';
import { phaseShare } from '../utils/import-job';
import { ImportResult } from './ImportResult';

/** URL, "vollständig", start; then the live progress and the result of the job. */
export function OparlImportPanel() {
  const { t, formatNumber } = useT();
  const [url, setUrl] = useState('');
  const [full, setFull] = useState(false);
  const { job, error, busy, start } = useOparlImport();
  return (
    <section className="card" aria-labelledby="oparl-title" data-testid="oparl-import">
      <h2 id="oparl-title">{t('admin.oparl.title')}</h2>
      <p className="muted">{t('admin.oparl.intro')}</p>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim()) start(url.trim(), full);
        }}
      >
        <label className="field form-grid__wide">
          <span>{t('admin.oparl.url')}</span>
          <input
            type="url"
            required
            placeholder="https://…/oparl/v1/system"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={full}
            onChange={(e) => setFull(e.currentTarget.checked)}
          />
          <span>{t('admin.oparl.full')}</span>
        </label>
        <div className="form-actions">
          <button type="submit" className="button--primary" disabled={busy || !url.trim()}>
            {busy ? t('admin.oparl.running') : t('admin.oparl.start')}
          </button>
        </div>
      </form>
      {error && (
        <p className="alert alert--danger" role="alert">
          {t('admin.oparl.error', { message: error })}
        </p>
      )}
      {job && (
        <div className="import-job" data-testid="import-job" data-status={job.status}>
          <p role="status">
            {t(`admin.oparl.status.${job.status}`)}
            {job.status === 'running' &&
              ` · ${t('admin.oparl.progress', {
                phase: t(`admin.oparl.phase.${job.progress.phase}`),
                processed: formatNumber(job.progress.processed),
              })}`}
          </p>
          <progress
            max={1}
            value={job.status === 'running' ? phaseShare(job.progress.phase) : 1}
            aria-label={t('admin.oparl.progressLabel')}
          />
          {job.error && <p className="alert alert--danger">{job.error}</p>}
          {job.result && <ImportResult result={job.result} />}
        </div>
      )}
    </section>
  );
}
