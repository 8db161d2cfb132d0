import { useRef, useState } from 'react';
import { LOCALES } from '../i18n/i18n';
import { useT } from '../i18n/i18n';
import type { Session } from '../api/session';
import { hrefOf, navPageOf } from './route';
import type { NavPage, Route } from './route';
import { navPagesFor } from './nav-pages';
import { SkipLink } from './SkipLink';
import { useCompactHeader } from './use-compact-header';

type AppHeaderProps = { session: Session | null; route: Route; onLogout: () => void };

/**
 * One line: brand, the navigation and the account actions; on narrow screens, and wherever that
 * line would not fit, the navigation and actions fold into a "Menü" panel.
 */
export function AppHeader({ session, route, onLogout }: AppHeaderProps) {
  const { t, locale, setLocale } = useT();
  const [open, setOpen] = useState(false);
  const current = navPageOf(route);
  const close = () => setOpen(false);
  const pages: NavPage[] = session ? navPagesFor(session.user) : [];
  const headerRef = useRef<HTMLElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const compact = useCompactHeader(
    headerRef,
    menuRef,
    [locale, session?.user.username ?? '', ...pages].join(' '),
  );
  return (
    <header ref={headerRef} className={`app-header${compact ? ' app-header--compact' : ''}`}>
      <SkipLink href={hrefOf(route)} />
      <a className="app-header__brand" href={hrefOf({ page: 'council' })}>
        {t('app.title')}
      </a>
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
        <button
          type="button"
          className="app-menu-toggle"
          aria-expanded={open}
          aria-controls="app-menu"
          data-testid="menu-toggle"
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true">☰</span> {t('nav.menu')}
        </button>
      )}
      <div
        ref={menuRef}
        id="app-menu"
        className={`app-menu${session ? '' : ' app-menu--static'}`}
        data-open={open ? 'true' : 'false'}
      >
        {session && (
          <nav className="app-nav" aria-label={t('nav.label')}>
            {pages.map((page) => (
              <a
                key={page}
                href={hrefOf({ page })}
                aria-current={current === page ? 'page' : undefined}
                onClick={close}
              >
                {t(`nav.${page}`)}
              </a>
            ))}
          </nav>
        )}
        {session && (
          <div className="app-header__actions">
            <span
              className="app-header__user"
              title={t('app.loggedInAs', { username: session.user.username })}
            >
              {session.user.username}
            </span>
            <a
              href={hrefOf({ page: 'password' })}
              data-testid="password-link"
              aria-current={route.page === 'password' ? 'page' : undefined}
              onClick={close}
            >
              {t('password.link')}
            </a>
            <button type="button" className="button--ghost" onClick={onLogout}>
              {t('app.logout')}
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
