import { MOTION_TYPES } from '@mehrheitsplaner/shared';
import type { CouncilView, MotionType, MotionView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useNewMotion } from '../hooks/use-new-motion';
import type { MotionEditDraft } from '../utils/motion-edit';
import type { NewMotionDraft } from '../utils/new-motion';
import { MotionFields } from './MotionFields';

type NewMotionFormProps = {
  council: CouncilView;
  policyAreas: string[];
  onCreated: (motion: MotionView) => void;
  onCancel: () => void;
};

/** "Neuer Antrag" for managers and admins; the server validates and its messages are shown. */
export function NewMotionForm({ council, policyAreas, onCreated, onCancel }: NewMotionFormProps) {
  const { t } = useT();
  const form = useNewMotion(council.mayorVotes, onCreated);
  const { draft, set } = form;
  // The shared fields are the draft's own keys: their values have the same types in both drafts.
  const setEditable = <K extends keyof MotionEditDraft>(key: K, value: MotionEditDraft[K]) =>
    set(key, value as NewMotionDraft[K]);
  return (
    <form
      className="card new-motion"
      data-testid="new-motion-form"
      noValidate
      aria-labelledby="new-motion-title"
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <h2 id="new-motion-title">{t('newMotion.title')}</h2>
      <MotionFields draft={draft} set={setEditable} council={council} policyAreas={policyAreas}>
        <label className="field">
          <span>{t('newMotion.type')}</span>
          <select
            value={draft.type}
            onChange={(e) => set('type', e.currentTarget.value as MotionType)}
          >
            {MOTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`motion.type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.mayorVotes}
            onChange={(e) => set('mayorVotes', e.currentTarget.checked)}
          />
          <span>
            {t('newMotion.mayorVotes', { title: council.mayor?.title ?? t('calc.mayorUnknown') })}
          </span>
        </label>
      </MotionFields>
      {form.error && (
        <p className="alert alert--danger" role="alert" data-testid="new-motion-error">
          {t('newMotion.error', { message: form.error })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={form.busy}>
          {form.busy ? t('newMotion.submitting') : t('newMotion.submit')}
        </button>
        <button type="button" className="button--ghost" onClick={onCancel}>
          {t('newMotion.cancel')}
        </button>
      </div>
    </form>
  );
}
