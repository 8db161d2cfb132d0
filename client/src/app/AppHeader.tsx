import { LOCALES } from '../i18n/i18n';
import { useT } from '../i18n/i18n';
import type { Session } from '../api/session';
import { hrefOf } from './route';
import type { Route } from './route';

type AppHeaderProps = { session: Session | null; route: Route; onLogout: () => void };

export function AppHeader({ session, route, onLogout }: AppHeaderProps) {
  const { t, locale, setLocale } = useT();
  const onMotions = route.page !== 'council';
  return (
    <header className="app-header">
      <span className="app-header__brand">{t('app.title')}</span>
      {session && (
        <nav className="app-nav" aria-label={t('nav.label')}>
          <a href={hrefOf({ page: 'council' })} aria-current={onMotions ? undefined : 'page'}>
            {t('nav.council')}
          </a>
          <a href={hrefOf({ page: 'motions' })} aria-current={onMotions ? 'page' : undefined}>
            {t('nav.motions')}
          </a>
        </nav>
      )}
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
