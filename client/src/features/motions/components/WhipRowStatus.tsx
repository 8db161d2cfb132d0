import type { WhipEntryView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { WhipRow } from '../hooks/use-whip-row';
import { WhipConflict } from './WhipConflict';

type WhipRowStatusProps = {
  entry: WhipEntryView;
  row: WhipRow;
  readOnly: boolean;
  /** Why the edit cannot be saved as it is (the seat check), or null. */
  blocked: string | null;
};

/** Last change, save / discard, and the conflict with the other person's new state. */
export function WhipRowStatus({ entry, row, readOnly, blocked }: WhipRowStatusProps) {
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
        <WhipConflict
          base={row.base}
          own={row.draft}
          theirs={state.theirs}
          reapply={row.reapply}
          takeTheirs={row.takeTheirs}
        />
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
      {!readOnly && row.dirty && state.kind !== 'conflict' && (
        <div className="whip-row__actions">
          <button
            type="button"
            className="button--primary"
            data-testid="whip-save"
            disabled={state.kind === 'saving' || blocked !== null}
            title={blocked ?? undefined}
            onClick={row.save}
          >
            {state.kind === 'saving' ? t('whip.saving') : t('whip.save')}
          </button>
          <button type="button" className="button--ghost" onClick={row.discard}>
            {t('whip.discard')}
          </button>
        </div>
      )}
    </div>
  );
}
