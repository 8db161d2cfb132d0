import type { WhipEntryView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { historyValue } from '../utils/history-texts';
import type { WhipDraft } from '../utils/whip-draft';
import { draftOf, requestOf } from '../utils/whip-draft';
import { differingFields } from '../utils/whip-merge';

type WhipConflictProps = {
  /** The state one's own edit started from. */
  base: WhipEntryView;
  own: WhipDraft;
  theirs: WhipEntryView | null;
  reapply: () => void;
  takeTheirs: () => void;
};

/** Someone else saved this row first: their new state beside one's own edit, and the choice. */
export function WhipConflict({ base, own, theirs, reapply, takeTheirs }: WhipConflictProps) {
  const i18n = useT();
  const { t } = i18n;
  if (!theirs) {
    return (
      <p className="alert alert--warning" role="alert" data-testid="whip-conflict">
        {t('whip.conflict')} {t('whip.conflictLoading')}
      </p>
    );
  }
  const theirsDraft = draftOf(theirs);
  const fields = differingFields(own, theirsDraft).filter((f) => f !== 'noteInternal');
  // Only what the user changed is re-applied; the rest of their edit is the new state anyway.
  const changed = new Set(differingFields(draftOf(base), own));
  const text = (draft: WhipDraft, field: (typeof fields)[number]) => {
    const request = requestOf(draft, 0);
    if (field === 'members') return historyValue(i18n, 'members', request.members ?? []);
    if (field === 'split' && draft.stance !== 'split') return historyValue(i18n, 'split', null);
    return historyValue(i18n, field, draft[field]);
  };
  return (
    <div className="alert alert--warning whip-conflict" role="alert" data-testid="whip-conflict">
      <p>
        {t('whip.conflict')}
        {theirs.updatedBy && ` (${theirs.updatedBy})`}
      </p>
      <table className="whip-conflict__table">
        <thead>
          <tr>
            <th scope="col">{t('whip.conflictField')}</th>
            <th scope="col">{t('whip.conflictTheirs')}</th>
            <th scope="col">{t('whip.conflictOwn')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field} data-field={field}>
              <th scope="row">{t(`history.field.${field}`)}</th>
              <td data-testid="conflict-theirs">{text(theirsDraft, field)}</td>
              <td data-testid="conflict-own">
                {changed.has(field) ? text(own, field) : t('whip.conflictUnchanged')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button
          type="button"
          className="button--primary"
          data-testid="whip-reapply"
          onClick={reapply}
        >
          {t('whip.reapply')}
        </button>
        <button type="button" data-testid="whip-take-theirs" onClick={takeTheirs}>
          {t('whip.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
