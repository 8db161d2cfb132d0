import { useState } from 'react';
import {
  CONSULTATION_ROLES,
  type ConsultationRole,
  type CreateConsultationRequest,
} from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

type AddPathStepFormProps = {
  /** Bodies that can be added (the Rat is already a step of every motion). */
  bodies: Array<{ key: string; name: string }>;
  busy: boolean;
  onAdd: (request: CreateConsultationRequest) => Promise<boolean>;
};

/** Adds a step before the Rat's: a committee or district council, its date and role. */
export function AddPathStepForm({ bodies, busy, onAdd }: AddPathStepFormProps) {
  const { t } = useT();
  const [bodyKey, setBodyKey] = useState('');
  const [date, setDate] = useState('');
  const [role, setRole] = useState<ConsultationRole>('preliminary');
  if (bodies.length === 0) return null;
  const chosen = bodyKey || bodies[0].key;
  return (
    <form
      className="motion-path__add"
      data-testid="path-add"
      onSubmit={(event) => {
        event.preventDefault();
        void onAdd({ bodyKey: chosen, role, ...(date ? { date } : {}) }).then((ok) => {
          if (ok) setDate('');
        });
      }}
    >
      <label>
        {t('path.body')}
        <select value={chosen} onChange={(event) => setBodyKey(event.target.value)}>
          {bodies.map((body) => (
            <option key={body.key} value={body.key}>
              {body.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('path.date')}
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <label>
        {t('path.role')}
        <select value={role} onChange={(event) => setRole(event.target.value as ConsultationRole)}>
          {CONSULTATION_ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`path.role.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        {t('path.add')}
      </button>
    </form>
  );
}
