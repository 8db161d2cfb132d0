import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { CreateAgendaItemRequest } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useErrorText } from '../../../i18n/use-error-text';
import { motionListQuery } from '../../motions/hooks/motion-queries';

/** Adds an agenda item, optionally linking a motion (its title is the default name). */
export function AgendaItemForm({
  addItem,
}: {
  addItem: (body: CreateAgendaItemRequest) => Promise<void>;
}) {
  const { t } = useT();
  const errorText = useErrorText();
  const motions = useQuery(motionListQuery({})).data ?? [];
  const [motionId, setMotionId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const motion = motions.find((m) => String(m.id) === motionId);
  const title = name.trim() || motion?.title || '';
  return (
    <form
      className="card form-grid"
      data-testid="agenda-item-form"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        addItem({ name: title, ...(motion ? { motionId: motion.id } : {}) })
          .then(() => {
            setName('');
            setMotionId('');
          })
          .catch((reason: unknown) => setError(errorText(reason)));
      }}
    >
      <h2 className="form-grid__wide">{t('meetings.addItem')}</h2>
      <label className="field form-grid__wide">
        <span>{t('meetings.itemMotion')}</span>
        <select
          name="motionId"
          value={motionId}
          onChange={(e) => setMotionId(e.currentTarget.value)}
        >
          <option value="">{t('meetings.noMotion')}</option>
          {motions.map((m) => (
            <option key={m.id} value={m.id}>
              {m.reference ? `${m.reference} – ${m.title}` : m.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field form-grid__wide">
        <span>{t('meetings.itemName')}</span>
        <input
          name="itemName"
          value={name}
          placeholder={motion?.title}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </label>
      {error && <p className="alert alert--danger form-grid__wide">{error}</p>}
      <div className="form-actions">
        <button type="submit" disabled={!title}>
          {t('meetings.addItemSubmit')}
        </button>
      </div>
    </form>
  );
}
