import { useState } from 'react';
import type { FormEvent } from 'react';
import { hasCode } from '../../../i18n/error-text';
import { useErrorText } from '../../../i18n/use-error-text';
import { useT } from '../../../i18n/i18n';
import type { SessionApi } from '../hooks/use-session';

/** German sign-in form; a 401 shows "Benutzername oder Passwort ist falsch". */
export function LoginPage({ login }: { login: SessionApi['login'] }) {
  const { t } = useT();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    login({ username: username.trim(), password })
      .catch((reason: unknown) => {
        if (hasCode(reason, 'INVALID_CREDENTIALS')) setError(t('login.invalid'));
        else setError(t('login.failed', { message: errorText(reason) }));
      })
      .finally(() => setBusy(false));
  };

  return (
    <main className="login">
      <form className="card login__card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <label className="field">
          <span>{t('login.username')}</span>
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
          />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
        </label>
        {error && (
          <p className="alert alert--danger" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
