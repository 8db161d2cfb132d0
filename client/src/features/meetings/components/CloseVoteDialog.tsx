import { ConfirmDialog } from '../../../app/ConfirmDialog';
import { useT } from '../../../i18n/i18n';

type CloseVoteDialogProps = {
  /** Names of the groups without an entry; they are recorded as absent. */
  missing: string[];
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before a vote is closed with groups missing (domain.md: final steps ask). */
export function CloseVoteDialog({ missing, onConfirm, onCancel }: CloseVoteDialogProps) {
  const { t, tCount } = useT();
  return (
    <ConfirmDialog
      title={t('meetings.closeConfirmTitle')}
      text={tCount('meetings.closeMissing', missing.length, { groups: missing.join(', ') })}
      confirmLabel={t('meetings.closeAnyway')}
      cancelLabel={t('meetings.closeCancel')}
      tone="primary"
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="close-confirm"
    />
  );
}
