import type { CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { GroupSelect } from '../../council/components/GroupSelect';
import { PolicyAreaField } from '../../agreement/components/PolicyAreaField';
import { BodyFilterField } from './BodyFilterField';

/** The filters that the motion list and the history share. */
export type MotionFilterValues = {
  policyArea: string;
  sponsor: string;
  from: string;
  to: string;
  /** A body's key: its steps only ('' = the Rat, the server's default). */
  body?: string;
};

type MotionFilterFieldsProps = {
  council: CouncilView;
  values: MotionFilterValues;
  onChange: (key: keyof MotionFilterValues, value: string) => void;
  /** Labels of the period fields: meeting dates on the list, the vote's period in the history. */
  fromLabel: string;
  toLabel: string;
  fallbackAreas?: string[];
};

/** Policy area, sponsor and period fields of a filter form. */
export function MotionFilterFields({
  council,
  values,
  onChange,
  fromLabel,
  toLabel,
  fallbackAreas,
}: MotionFilterFieldsProps) {
  const { t } = useT();
  return (
    <>
      <BodyFilterField
        councilName={council.name}
        value={values.body ?? ''}
        onChange={(value) => onChange('body', value)}
      />
      <PolicyAreaField
        label={t('motions.filter.policyArea')}
        value={values.policyArea}
        onChange={(value) => onChange('policyArea', value)}
        anyLabel={t('motions.filter.any')}
        fallbackAreas={fallbackAreas}
      />
      <label className="field">
        <span>{t('motions.filter.sponsor')}</span>
        <GroupSelect
          council={council}
          value={values.sponsor}
          onChange={(value) => onChange('sponsor', value)}
          emptyLabel={t('motions.filter.any')}
        />
      </label>
      <label className="field">
        <span>{fromLabel}</span>
        <input
          type="date"
          name="from"
          value={values.from}
          onChange={(event) => onChange('from', event.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{toLabel}</span>
        <input
          type="date"
          name="to"
          value={values.to}
          onChange={(event) => onChange('to', event.currentTarget.value)}
        />
      </label>
    </>
  );
}
