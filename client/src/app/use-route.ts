import { useSyncExternalStore } from 'react';
import { allowHashChange } from './navigation-guard';
import { parseRoute } from './route';
import type { Route } from './route';

// The hash the app shows: a change a navigation guard refuses never reaches the screen.
let shownHash = window.location.hash;

function subscribe(listener: () => void): () => void {
  // A change before the first subscription (the login) had no screen to guard.
  shownHash = window.location.hash;
  const onHashChange = () => {
    if (window.location.hash === shownHash) return;
    if (!allowHashChange(shownHash)) return;
    shownHash = window.location.hash;
    listener();
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}

const currentHash = () => shownHash;

/** The current hash route; links are plain `<a href="#/…">`. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}
