import type { ReactNode } from 'react';

/**
 * A wide (or tall) table that scrolls inside its box: a named region in the tab order, so keyboard
 * users can focus it and scroll with the arrow keys (axe: scrollable-region-focusable).
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
  return (
    <div
      className={tall ? 'table-scroll table-scroll--tall' : 'table-scroll'}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
