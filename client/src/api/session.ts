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
    if (typeof parsed.token !== 'string' || Date.parse(parsed.expiresAt) <= Date.now()) return null;
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
