import { useCallback, useState } from 'react';
import { api } from '../../../api/api-client';
import { useT } from '../../../i18n/i18n';
import { useAction } from '../../council/hooks/use-action';

const EMPTY = { current: '', next: '', repeat: '' };

/** "Passwort ändern" for every signed-in user; the other sessions of the account end. */
export function PasswordPage() {
  const { t } = useT();
  const [draft, setDraft] = useState(EMPTY);
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const change = useAction(
    useCallback(
      (currentPassword: string, newPassword: string) =>
        api.changeOwnPassword({ currentPassword, newPassword }),
      [],
    ),
  );
  const set = (key: keyof typeof EMPTY) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setDraft((current) => ({ ...current, [key]: value }));
  };
  return (
    <main className="page page--narrow" data-testid="password-page">
      <h1>{t('password.title')}</h1>
      <form
        className="card password-form"
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          const differs = draft.next !== draft.repeat;
          setMismatch(differs);
          if (differs) return;
          void change.run(draft.current, draft.next).then((result) => {
            if (result === null) return;
            setDraft(EMPTY);
            setDone(true);
          });
        }}
      >
        <p className="muted">{t('password.intro')}</p>
        <label className="field">
          <span>{t('password.current')}</span>
          <input
            type="password"
            name="currentPassword"
            autoComplete="current-password"
            required
            value={draft.current}
            onChange={set('current')}
          />
        </label>
        <label className="field">
          <span>{t('password.new')}</span>
          <input
            type="password"
            name="newPassword"
            autoComplete="new-password"
            required
            value={draft.next}
            onChange={set('next')}
          />
          <small className="muted">{t('password.rules')}</small>
        </label>
        <label className="field">
          <span>{t('password.repeat')}</span>
          <input
            type="password"
            name="repeatPassword"
            autoComplete="new-password"
            required
            value={draft.repeat}
            onChange={set('repeat')}
          />
        </label>
        {mismatch && (
          <p className="alert alert--danger" role="alert">
            {t('password.mismatch')}
          </p>
        )}
        {change.error && (
          <p className="alert alert--danger" role="alert" data-testid="password-error">
            {change.error}
          </p>
        )}
        {done && (
          <p className="alert alert--success" role="status" data-testid="password-done">
            {t('password.done')}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button--primary" disabled={change.busy}>
            {t('password.submit')}
          </button>
        </div>
      </form>
    </main>
  );
}
