import type { ReactNode } from 'react';
import { REQUIRED_MAJORITIES } from '@mehrheitsplaner/shared';
import type { CouncilView, RequiredMajority } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { PolicyAreaField } from '../../agreement/components/PolicyAreaField';
import { groupsInChartOrder } from '../../council/model/council-groups';
import type { MotionEditDraft } from '../utils/motion-edit';
import { toggled } from '../utils/new-motion';

type MotionFieldsProps = {
  draft: MotionEditDraft;
  set: <K extends keyof MotionEditDraft>(key: K, value: MotionEditDraft[K]) => void;
  council: CouncilView;
  policyAreas?: string[];
  /** Fields only the create form has (type, the mayor's vote), placed after the Drucksache. */
  children?: ReactNode;
};

/** The motion's fields, shared by "Neuer Antrag" and "Antrag bearbeiten". */
export function MotionFields({ draft, set, council, policyAreas, children }: MotionFieldsProps) {
  const { t } = useT();
  return (
    <div className="form-grid">
      <label className="field form-grid__wide">
        <span>{t('newMotion.name')}</span>
        <input
          name="title"
          value={draft.title}
          onChange={(e) => set('title', e.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('newMotion.reference')}</span>
        <input
          name="reference"
          value={draft.reference}
          onChange={(e) => set('reference', e.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('newMotion.submittedOn')}</span>
        <input
          type="date"
          name="submittedOn"
          value={draft.submittedOn}
          onChange={(e) => set('submittedOn', e.currentTarget.value)}
        />
      </label>
      {children}
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
          name="meetingDate"
          value={draft.meetingDate}
          onChange={(e) => set('meetingDate', e.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('newMotion.requiredMajority')}</span>
        <select
          name="requiredMajority"
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
          name="description"
          rows={3}
          value={draft.description}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
      </label>
    </div>
  );
}
