import { useCallback, useState } from 'react';
import type { UserAccountView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { useT } from '../../../i18n/i18n';
import { useAction } from '../../council/hooks/use-action';

type ResetPasswordFormProps = { account: UserAccountView; onDone: () => void };

/** An admin sets a new password (the server's password rules decide); the user's sessions end. */
export function ResetPasswordForm({ account, onDone }: ResetPasswordFormProps) {
  const { t } = useT();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const reset = useAction(
    useCallback(
      (newPassword: string) => api.resetPassword(account.id, { newPassword }),
      [account.id],
    ),
  );
  return (
    <form
      className="form-grid"
      data-testid="reset-password-form"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        void reset.run(password).then((result) => {
          if (result === null) return;
          setPassword('');
          setDone(true);
          onDone();
        });
      }}
    >
      <label className="field">
        <span>{t('accounts.newPassword')}</span>
        <input
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <small className="muted">{t('password.rules')}</small>
      </label>
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={reset.busy}>
          {t('accounts.setPassword')}
        </button>
      </div>
      {reset.error && (
        <p className="alert alert--danger form-grid__wide" role="alert">
          {reset.error}
        </p>
      )}
      {done && (
        <p className="alert alert--success form-grid__wide" role="status">
          {t('accounts.passwordSet', { username: account.username })}
        </p>
      )}
    </form>
  );
}
