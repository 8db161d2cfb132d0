import type { LoginResponse, UserView } from '@mehrheitsplaner/shared';

/** The signed-in session, kept in sessionStorage and observable (useSyncExternalStore). */
export type Session = { token: string; user: UserView; expiresAt: string };

const STORAGE_KEY = 'mehrheitsplaner.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  const raw = window.sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Session;
    // expiresAt is the expiry at login; the server renews a used session (sliding expiry), so
    // only its 401 ends a restored session (api-client clears it then).
    if (typeof parsed.token !== 'string') return null;
    return parsed;
  } catch {
    return null;
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: (): Session | null => current,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set: (login: LoginResponse): void => {
    current = { token: login.token, user: login.user, expiresAt: login.expiresAt };
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(current));
    emit();
  },
  clear: (): void => {
    if (!current) return;
    current = null;
    window.sessionStorage.removeItem(STORAGE_KEY);
    emit();
  },
};
