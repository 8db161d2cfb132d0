/**
 * Unsaved edits hold the user back before the page changes: an in-app link (a new hash) asks
 * with the browser's confirm, a reload or closing the tab with the browser's own `beforeunload`
 * prompt. A screen with unsaved edits registers a guard that returns its question, or null.
 */
export type NavigationGuard = () => string | null;

const guards = new Set<NavigationGuard>();

function pendingQuestion(): string | null {
  for (const guard of guards) {
    const question = guard();
    if (question) return question;
  }
  return null;
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (!pendingQuestion()) return;
  event.preventDefault();
  // Older browsers show the prompt only with a returnValue set.
  event.returnValue = '';
}

/** Registers a guard; returns its removal. */
export function addNavigationGuard(guard: NavigationGuard): () => void {
  if (guards.size === 0) window.addEventListener('beforeunload', onBeforeUnload);
  guards.add(guard);
  return () => {
    guards.delete(guard);
    if (guards.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

/**
 * Whether the hash may change from `from` to the current one: asks when a guard holds; on "no"
 * puts the old hash back (replaceState fires no hashchange) and the screen stays as it is.
 */
export function allowHashChange(from: string): boolean {
  const question = pendingQuestion();
  if (!question || window.confirm(question)) return true;
  window.history.replaceState(window.history.state, '', from || '#/');
  return false;
}
