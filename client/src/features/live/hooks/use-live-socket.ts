import { useCallback, useEffect, useRef, useState } from 'react';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { LIVE_NAMESPACE } from '@mehrheitsplaner/shared';
import type {
  ClientToServerEvents,
  CouncilView,
  ServerToClientEvents,
} from '@mehrheitsplaner/shared';

export type LiveStatus = 'connecting' | 'online' | 'offline' | 'restored';

export type LiveHandlers = {
  onCouncil: (council: CouncilView) => void;
  /** Called after a reconnect: events may have been missed, so reload what is shown. */
  onResync: () => void;
};

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const RESTORED_NOTICE_MS = 4000;

/**
 * The one socket hook: connects to `/live` with the token, forwards `council` events, and after a
 * reconnect re-subscribes to the motions it follows and asks the caller to resync.
 */
export function useLiveSocket(token: string | null, handlers: LiveHandlers) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handlersRef = useRef(handlers);
  const socketRef = useRef<LiveSocket | null>(null);
  const motionsRef = useRef(new Set<number>());

  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (!token) return undefined;
    const socket: LiveSocket = io(LIVE_NAMESPACE, { auth: { token } });
    socketRef.current = socket;
    let connectedBefore = false;
    let restoredTimer: ReturnType<typeof setTimeout> | undefined;

    socket.on('connect', () => {
      for (const motionId of motionsRef.current) socket.emit('subscribe', { motionId });
      if (connectedBefore) {
        setStatus('restored');
        handlersRef.current.onResync();
        clearTimeout(restoredTimer);
        restoredTimer = setTimeout(() => setStatus('online'), RESTORED_NOTICE_MS);
      } else {
        setStatus('online');
      }
      connectedBefore = true;
    });
    socket.on('disconnect', () => setStatus('offline'));
    socket.on('connect_error', () => {
      if (connectedBefore) setStatus('offline');
    });
    socket.on('council', ({ council }) => handlersRef.current.onCouncil(council));

    return () => {
      clearTimeout(restoredTimer);
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, [token]);

  const subscribe = useCallback((motionId: number) => {
    motionsRef.current.add(motionId);
    socketRef.current?.emit('subscribe', { motionId });
  }, []);
  const unsubscribe = useCallback((motionId: number) => {
    motionsRef.current.delete(motionId);
    socketRef.current?.emit('unsubscribe', { motionId });
  }, []);

  return { status, subscribe, unsubscribe };
}
