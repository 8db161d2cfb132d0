import { COUNCIL_BODY_KEY, type ConsultationView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { MotionPath as PathData } from '../hooks/use-motion-path';
import { AddPathStepForm } from './AddPathStepForm';
import { PathStep } from './PathStep';

type MotionPathProps = {
  path: PathData;
  excluded: string;
  canEdit: boolean;
  /** The step whose count the page shows; null: the Rat's (the motion's own). */
  selectedId: number | null;
  onSelect: (step: ConsultationView) => void;
};

/** The path of a motion (Beratungsfolge): its steps in order, each with its certainty. */
export function MotionPath({ path, excluded, canEdit, selectedId, onSelect }: MotionPathProps) {
  const { t } = useT();
  const { steps, bodyNames } = path;
  const nameOf = (key: string) => bodyNames.get(key) ?? key;
  const addable = [...bodyNames]
    .filter(([key]) => key !== COUNCIL_BODY_KEY)
    .map(([key, name]) => ({ key, name }));
  const isSelected = (step: ConsultationView) =>
    selectedId === null ? step.bodyKey === COUNCIL_BODY_KEY : step.id === selectedId;
  return (
    <section className="card motion-path" data-testid="motion-path" aria-labelledby="path-title">
      <h2 id="path-title">{t('path.title')}</h2>
      {path.error && <p className="alert alert--danger">{path.error}</p>}
      <ol className="motion-path__steps">
        {steps.map((step) => (
          <PathStep
            key={step.id}
            step={step}
            bodyName={nameOf(step.bodyKey)}
            excluded={excluded}
            selected={isSelected(step)}
            onSelect={() => onSelect(step)}
            onRemove={
              canEdit && step.bodyKey !== COUNCIL_BODY_KEY && step.status === 'open'
                ? () => {
                    if (window.confirm(t('path.removeConfirm', { body: nameOf(step.bodyKey) }))) {
                      void path.remove(step);
                    }
                  }
                : undefined
            }
          />
        ))}
      </ol>
      {canEdit && <AddPathStepForm bodies={addable} busy={path.busy} onAdd={path.add} />}
    </section>
  );
}
