import type { ConsultationView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { CertaintyBadge } from './CertaintyBadge';

type PathStepProps = {
  step: ConsultationView;
  bodyName: string;
  excluded: string;
  selected: boolean;
  onSelect: () => void;
  /** Offered for open committee steps to managers and admins; asks before removing. */
  onRemove?: () => void;
};

/** One step of the path: body, date, role, and its certainty (or its result once voted). */
export function PathStep({
  step,
  bodyName,
  excluded,
  selected,
  onSelect,
  onRemove,
}: PathStepProps) {
  const { t, formatDate } = useT();
  return (
    <li
      className={`motion-path__step${selected ? ' motion-path__step--selected' : ''}`}
      data-testid="path-step"
      data-body={step.bodyKey}
      data-status={step.status}
    >
      <button
        type="button"
        className="motion-path__select"
        aria-pressed={selected}
        title={t('path.show')}
        onClick={onSelect}
      >
        <span className="motion-path__body">{bodyName}</span>
        <span className="motion-path__meta muted">
          {t(`path.role.${step.role}`)} · {step.date ? formatDate(step.date) : t('path.noDate')}
        </span>
      </button>
      <span className="motion-path__state">
        {step.status === 'open' ? (
          <CertaintyBadge certainty={step.certainty} excluded={excluded} />
        ) : (
          <span className={`motion-path__result motion-path__result--${step.status}`}>
            {t(`path.status.${step.status}`)}
          </span>
        )}
        {onRemove && (
          <button type="button" className="button--ghost" onClick={onRemove}>
            {t('path.remove')}
          </button>
        )}
      </span>
    </li>
  );
}
