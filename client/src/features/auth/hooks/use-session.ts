import { useCallback, useSyncExternalStore } from 'react';
import type { LoginRequest } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { sessionStore } from '../../../api/session';
import type { Session } from '../../../api/session';

export type SessionApi = {
  session: Session | null;
  login: (credentials: LoginRequest) => Promise<void>;
  /** Ends the session on the server too (its token stops working everywhere). */
  logout: () => void;
  /** Forgets a session the server has already ended. */
  forget: () => void;
};

/** The current session; a 401 anywhere clears it, which sends the app back to the login page. */
export function useSession(): SessionApi {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const login = useCallback(async (credentials: LoginRequest) => {
    sessionStore.set(await api.login(credentials));
  }, []);
  const forget = useCallback(() => sessionStore.clear(), []);
  const logout = useCallback(() => {
    // The request takes the token before the store forgets it; its outcome changes nothing here.
    api.logout().catch(() => undefined);
    sessionStore.clear();
  }, []);
  return { session, login, logout, forget };
}
