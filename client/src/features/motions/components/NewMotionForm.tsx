import { MOTION_TYPES, REQUIRED_MAJORITIES } from '@mehrheitsplaner/shared';
import type {
  CouncilView,
  MotionType,
  MotionView,
  RequiredMajority,
} from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { PolicyAreaField } from '../../agreement/components/PolicyAreaField';
import { groupsInChartOrder } from '../../council/model/council-groups';
import { useNewMotion } from '../hooks/use-new-motion';
import { toggled } from '../utils/new-motion';

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
      <div className="form-grid">
        <label className="field form-grid__wide">
          <span>{t('newMotion.name')}</span>
          <input value={draft.title} onChange={(e) => set('title', e.currentTarget.value)} />
        </label>
        <label className="field">
          <span>{t('newMotion.reference')}</span>
          <input
            value={draft.reference}
            onChange={(e) => set('reference', e.currentTarget.value)}
          />
        </label>
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
        <PolicyAreaField
          label={t('newMotion.policyArea')}
          value={draft.policyArea}
          onChange={(value) => set('policyArea', value)}
          fallbackAreas={policyAreas}
        />
        <label className="field">
          <span>{t('newMotion.meetingDate')}</span>
          <input
            type="date"
            value={draft.meetingDate}
            onChange={(e) => set('meetingDate', e.currentTarget.value)}
          />
        </label>
        <label className="field">
          <span>{t('newMotion.requiredMajority')}</span>
          <select
            value={draft.requiredMajority}
            onChange={(e) => set('requiredMajority', e.currentTarget.value as RequiredMajority)}
          >
            {REQUIRED_MAJORITIES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`calc.majority.${kind}`)}
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
        <fieldset className="form-grid__wide sponsor-picker">
          <legend>{t('newMotion.sponsors')}</legend>
          {groupsInChartOrder(council).map((group) => (
            <label key={group.key} className="check">
              <input
                type="checkbox"
                checked={draft.sponsorGroupKeys.includes(group.key)}
                onChange={() => set('sponsorGroupKeys', toggled(draft.sponsorGroupKeys, group.key))}
              />
              <span>{group.name}</span>
            </label>
          ))}
        </fieldset>
        <label className="field form-grid__wide">
          <span>{t('newMotion.description')}</span>
          <textarea
            rows={3}
            value={draft.description}
            onChange={(e) => set('description', e.currentTarget.value)}
          />
        </label>
      </div>
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
