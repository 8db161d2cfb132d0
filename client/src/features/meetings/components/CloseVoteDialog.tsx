import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/i18n';

type CloseVoteDialogProps = {
  /** Names of the groups without an entry; they are recorded as absent. */
  missing: string[];
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before a vote is closed with groups missing (domain.md: final steps ask). A modal
 * <dialog>: focus moves into it, Escape cancels, the page behind is inert.
 */
export function CloseVoteDialog({ missing, onConfirm, onCancel }: CloseVoteDialogProps) {
  const { t, tCount } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      data-testid="close-confirm"
      aria-labelledby="close-confirm-title"
      aria-describedby="close-confirm-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="close-confirm-title">{t('meetings.closeConfirmTitle')}</h2>
      <p id="close-confirm-text">
        {tCount('meetings.closeMissing', missing.length, { groups: missing.join(', ') })}
      </p>
      <div className="form-actions">
        <button type="button" className="button--ghost" onClick={onCancel} autoFocus>
          {t('meetings.closeCancel')}
        </button>
        <button
          type="button"
          className="button--primary"
          data-testid="close-confirm-yes"
          onClick={onConfirm}
        >
          {t('meetings.closeAnyway')}
        </button>
      </div>
    </dialog>
  );
}
