import type { MouseEvent } from 'react';
import { useT } from '../i18n/i18n';

/**
 * "Zum Inhalt springen": the first stop of the tab order, shown when focused; moves the focus to
 * the page's main landmark. The app routes by hash, so the link's own target is the current
 * page (a "#inhalt" would open the council page); the focus move is done here instead.
 */
export function SkipLink({ href }: { href: string }) {
  const { t } = useT();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.querySelector('main');
    if (!main) return;
    event.preventDefault();
    main.tabIndex = -1;
    main.focus();
  };
  return (
    <a className="skip-link" href={href} onClick={skip} data-testid="skip-link">
      {t('app.skipToContent')}
    </a>
  );
}
