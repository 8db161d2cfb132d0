import { LOCALES } from '../i18n/i18n';
import { useT } from '../i18n/i18n';
import type { Session } from '../api/session';

type AppHeaderProps = { session: Session | null; onLogout: () => void };

export function AppHeader({ session, onLogout }: AppHeaderProps) {
  const { t, locale, setLocale } = useT();
  return (
    <header className="app-header">
      <span className="app-header__brand">{t('app.title')}</span>
      <div className="app-header__actions">
        <div className="lang-switch" role="group" aria-label={t('app.language')}>
          {LOCALES.map((code) => (
            <button
              key={code}
              type="button"
              aria-pressed={locale === code}
              onClick={() => setLocale(code)}
            >
              {code.toUpperCase()}
            </button>
          ))}
        </div>
        {session && (
          <>
            <span
              className="app-header__user"
              title={t('app.loggedInAs', { username: session.user.username })}
            >
              {session.user.username}
            </span>
            <button type="button" className="button--ghost" onClick={onLogout}>
              {t('app.logout')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
