import { createContext, useContext } from 'react';
import type { LiveApi } from './use-live-socket';

/** The app's one live socket, handed to the screens that follow motions. */
export const LiveContext = createContext<LiveApi | null>(null);

export function useLive(): LiveApi {
  const live = useContext(LiveContext);
  if (!live) throw new Error('useLive() outside <LiveContext.Provider>');
  return live;
}
