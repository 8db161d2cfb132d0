import { useState } from 'react';
import type { CreateMeetingRequest, MeetingDetailView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useErrorText } from '../../../i18n/use-error-text';

type NewMeetingFormProps = {
  create: (body: CreateMeetingRequest) => Promise<MeetingDetailView>;
  onCreated: (meeting: MeetingDetailView) => void;
};

/** A new council meeting: name and date. */
export function NewMeetingForm({ create, onCreated }: NewMeetingFormProps) {
  const { t } = useT();
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="card form-grid"
      data-testid="new-meeting-form"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        create({ name: name.trim(), date })
          .then(onCreated)
          .catch((reason: unknown) => setError(errorText(reason)));
      }}
    >
      <h2 className="form-grid__wide">{t('meetings.new')}</h2>
      <label className="field">
        <span>{t('meetings.name')}</span>
        <input
          name="name"
          value={name}
          placeholder={t('meetings.namePlaceholder')}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('meetings.date')}</span>
        <input
          name="date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p className="alert alert--danger form-grid__wide" role="alert">
          {t('meetings.createError', { message: error })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={!name.trim() || !date}>
          {t('meetings.create')}
        </button>
      </div>
    </form>
  );
}
