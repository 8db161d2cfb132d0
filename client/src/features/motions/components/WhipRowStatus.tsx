import type { WhipEntryView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { WhipRow } from '../hooks/use-whip-row';

type WhipRowStatusProps = { entry: WhipEntryView; row: WhipRow; readOnly: boolean };

/** Last change, save / discard, and the conflict prompt with "Neu laden". */
export function WhipRowStatus({ entry, row, readOnly }: WhipRowStatusProps) {
  const { t, formatDateTime } = useT();
  const { state } = row;
  return (
    <div className="whip-row__status">
      {entry.updatedBy && entry.updatedAt && (
        <span className="muted-inline">
          {t('whip.updated', { who: entry.updatedBy, when: formatDateTime(entry.updatedAt) })}
        </span>
      )}
      {state.kind === 'conflict' && (
        <p
          className="alert alert--warning whip-row__conflict"
          role="alert"
          data-testid="whip-conflict"
        >
          {t('whip.conflict')}
          <button type="button" data-testid="whip-reload" onClick={row.reload}>
            {t('whip.reload')}
          </button>
        </p>
      )}
      {state.kind === 'error' && (
        <p className="alert alert--danger" role="alert">
          {t('whip.error', { message: state.message })}
        </p>
      )}
      {state.kind === 'saved' && !row.dirty && (
        <span className="saved-note" role="status">
          {t('whip.saved')}
        </span>
      )}
      {!readOnly && (row.dirty || state.kind === 'saving' || state.kind === 'conflict') && (
        <div className="whip-row__actions">
          <button
            type="button"
            className="button--primary"
            data-testid="whip-save"
            disabled={!row.dirty || state.kind === 'saving' || state.kind === 'conflict'}
            onClick={row.save}
          >
            {state.kind === 'saving' ? t('whip.saving') : t('whip.save')}
          </button>
          {row.dirty && state.kind !== 'conflict' && (
            <button type="button" className="button--ghost" onClick={row.discard}>
              {t('whip.discard')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
