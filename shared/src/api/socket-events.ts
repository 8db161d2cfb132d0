import type { CouncilView } from './contract';

/** Typed socket.io event maps for namespace `/live` (api.md, "Live updates"). */
export type ServerToClientEvents = {
  council: (payload: { council: CouncilView }) => void;
};

export type ClientToServerEvents = {
  subscribe: (payload: { motionId: number }) => void;
  unsubscribe: (payload: { motionId: number }) => void;
};

export const LIVE_NAMESPACE = '/live';
