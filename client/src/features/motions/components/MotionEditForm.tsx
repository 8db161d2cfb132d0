import { useEffect } from 'react';
import type { CouncilView, MotionView, RequiredMajority } from '@mehrheitsplaner/shared';
import { addNavigationGuard } from '../../../app/navigation-guard';
import { useT } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages.de';
import { useMotionEdit } from '../hooks/use-motion-edit';
import {
  changedFields,
  conflictRows,
  type MotionEditDraft,
  type MotionEditField,
} from '../utils/motion-edit';
import { MotionFields } from './MotionFields';

type MotionEditFormProps = {
  motion: MotionView;
  council: CouncilView;
  nameOf: (groupKey: string) => string;
  onClose: () => void;
};

const FIELD_LABELS: Record<MotionEditField, MessageKey> = {
  title: 'newMotion.name',
  reference: 'newMotion.reference',
  meetingDate: 'newMotion.meetingDate',
  submittedOn: 'newMotion.submittedOn',
  sponsorGroupKeys: 'newMotion.sponsors',
  requiredMajority: 'newMotion.requiredMajority',
  policyArea: 'newMotion.policyArea',
  description: 'newMotion.description',
};

/**
 * "Antrag bearbeiten": the motion's fields after creation, saved with the version last seen. A
 * conflict keeps the user's input and shows the newer state beside it (save mine / discard mine).
 */
export function MotionEditForm({ motion, council, nameOf, onClose }: MotionEditFormProps) {
  const { t, formatDate } = useT();
  const edit = useMotionEdit(motion, onClose);
  const dirty = changedFields(edit.draft, edit.original).length > 0;
  // Unsaved input holds the user back before a link, a reload or closing the tab.
  useEffect(
    () => (dirty ? addNavigationGuard(() => t('motionEdit.leaveQuestion')) : undefined),
    [dirty, t],
  );
  const shown = (field: MotionEditField, value: MotionEditDraft[MotionEditField]): string => {
    if (Array.isArray(value)) return value.map(nameOf).join(', ') || t('motionEdit.empty');
    if (value === '') return t('motionEdit.empty');
    if (field === 'meetingDate' || field === 'submittedOn') return formatDate(value);
    if (field === 'requiredMajority') return t(`calc.majority.${value as RequiredMajority}`);
    return value;
  };
  return (
    <form
      className="card motion-edit"
      data-testid="motion-edit-form"
      noValidate
      aria-labelledby="motion-edit-title"
      onSubmit={(event) => {
        event.preventDefault();
        edit.save();
      }}
    >
      <h2 id="motion-edit-title">{t('motionEdit.title')}</h2>
      <MotionFields draft={edit.draft} set={edit.set} council={council} />
      {edit.conflict && (
        <div
          className="alert alert--warning edit-conflict"
          role="alert"
          data-testid="motion-edit-conflict"
        >
          <p>
            <strong>{t('motionEdit.conflictTitle')}</strong> {t('motionEdit.conflictText')}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('motionEdit.conflictField')}</th>
                <th scope="col">{t('motionEdit.conflictMine')}</th>
                <th scope="col">{t('motionEdit.conflictTheirs')}</th>
              </tr>
            </thead>
            <tbody>
              {conflictRows(edit.draft, edit.original, edit.conflict).map((row) => (
                <tr key={row.field} data-field={row.field}>
                  <th scope="row">{t(FIELD_LABELS[row.field])}</th>
                  <td data-testid="conflict-mine">{shown(row.field, row.mine)}</td>
                  <td data-testid="conflict-theirs">{shown(row.field, row.theirs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button
              type="button"
              className="button--primary"
              onClick={edit.keepMine}
              disabled={edit.busy}
            >
              {t('motionEdit.keepMine')}
            </button>
            <button type="button" className="button--ghost" onClick={edit.takeTheirs}>
              {t('motionEdit.takeTheirs')}
            </button>
          </div>
        </div>
      )}
      {edit.error && (
        <p className="alert alert--danger" role="alert" data-testid="motion-edit-error">
          {t('motionEdit.error', { message: edit.error })}
        </p>
      )}
      {edit.unchanged && (
        <p className="muted" role="status">
          {t('motionEdit.unchanged')}
        </p>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button--primary"
          data-testid="motion-edit-save"
          disabled={edit.busy || edit.conflict !== null}
        >
          {edit.busy ? t('motionEdit.saving') : t('motionEdit.save')}
        </button>
        <button type="button" className="button--ghost" onClick={onClose}>
          {t('motionPage.cancel')}
        </button>
      </div>
    </form>
  );
}
