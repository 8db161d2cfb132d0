import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

/**
 * A wide (or tall) table that scrolls inside its box: a named region in the tab order, so keyboard
 * users can focus it and scroll with the arrow keys (axe: scrollable-region-focusable). Its name
 * says "table", so it differs from the section of the same title around it.
 */
export function TableScroll({
  label,
  tall = false,
  children,
}: {
  label: string;
  tall?: boolean;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <div
      className={tall ? 'table-scroll table-scroll--tall' : 'table-scroll'}
      role="region"
      aria-label={t('app.tableRegion', { name: label })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
