import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Below this viewport width the navigation always folds into the menu. */
const INLINE_MIN_WIDTH = 1000;

/**
 * Whether the header folds its navigation into the "Menü" panel: on narrow screens, and wherever
 * the one line would not fit (an admin's longer navigation, the English labels). Measured in
 * layout effects, before paint, so the line never shows cut or overflowing. `content` names
 * what changes the line's width (locale, pages, user): a change measures the line afresh.
 */
export function useCompactHeader(
  header: RefObject<HTMLElement | null>,
  line: RefObject<HTMLElement | null>,
  content: string,
): boolean {
  const [compact, setCompact] = useState(false);
  /** The header width the whole line needs, measured while it overflowed; 0 until then. */
  const needed = useRef(0);

  useLayoutEffect(() => {
    needed.current = 0;
  }, [content]);

  // After every render (the header renders rarely) and on resize.
  useLayoutEffect(() => {
    const element = header.current;
    const shrinking = line.current;
    if (!element || !shrinking) return;
    const measure = () => {
      const narrow = window.innerWidth < INLINE_MIN_WIDTH;
      if (!compact) {
        // The navigation's box shrinks (min-width 0) and its links run over what follows it.
        const overflow = Math.max(
          element.scrollWidth - element.clientWidth,
          shrinking.scrollWidth - shrinking.clientWidth,
        );
        if (overflow > 0) needed.current = element.clientWidth + overflow;
        if (narrow || overflow > 0) setCompact(true);
      } else if (!narrow && element.clientWidth >= needed.current) {
        // Shown once more; the next measure folds it again if it still does not fit.
        setCompact(false);
      }
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });

  return compact;
}
