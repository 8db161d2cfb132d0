import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { LIVE_NAMESPACE } from '@mehrheitsplaner/shared';
import type {
  ClientToServerEvents,
  DraftEvent,
  ServerToClientEvents,
  VoteRecordedEvent,
} from '@mehrheitsplaner/shared';
import type { LiveCacheWriter } from '../utils/live-cache';

export type LiveStatus = 'connecting' | 'online' | 'offline' | 'restored';

export type LiveHandlers = {
  /** Where server state events go: the one client cache. */
  cache: LiveCacheWriter;
  /** The server closed the socket: its session ended (logout elsewhere or expiry). */
  onSessionEnded: () => void;
};

/**
 * A screen's interest in what events mean beyond the cache: in a meeting, which item the
 * entering manager is on and the vote just closed (already written into the cache when called).
 */
export type LiveListener = {
  /** The running tally of a live entry (meeting rooms). */
  onDraft?: (event: DraftEvent) => void;
  /** A recorded vote (motion and meeting rooms). */
  onVoteRecorded?: (event: VoteRecordedEvent) => void;
};

export type LiveApi = {
  status: LiveStatus;
  /** Joins a motion's room; `onJoined` runs once the server confirmed it. */
  subscribe: (motionId: number, onJoined?: () => void) => void;
  unsubscribe: (motionId: number) => void;
  /** Joins the motion list room (`motion` events of every motion). */
  subscribeList: (onJoined?: () => void) => void;
  unsubscribeList: () => void;
  /** Joins a meeting's room (live entry drafts, recorded votes). */
  subscribeMeeting: (meetingId: number, onJoined?: () => void) => void;
  unsubscribeMeeting: (meetingId: number) => void;
  /** Registers a listener; returns its removal. */
  addListener: (listener: LiveListener) => () => void;
};

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const RESTORED_NOTICE_MS = 4000;

type RoomJoin = (socket: LiveSocket, id: number, ack: () => void) => void;
type RoomLeave = (socket: LiveSocket, id: number) => void;

/** How a screen joins and leaves a motion's or a meeting's room; reconnects rejoin the same way. */
const joinMotion: RoomJoin = (socket, motionId, ack) => socket.emit('subscribe', { motionId }, ack);
const leaveMotion: RoomLeave = (socket, motionId) => socket.emit('unsubscribe', { motionId });
const joinMeeting: RoomJoin = (socket, meetingId, ack) =>
  socket.emit('subscribeMeeting', { meetingId }, ack);
const leaveMeeting: RoomLeave = (socket, meetingId) =>
  socket.emit('unsubscribeMeeting', { meetingId });

/**
 * The one socket hook: connects to `/live` with the token, writes every server state event into
 * the cache, forwards the rest to the registered listeners, and after a reconnect re-subscribes
 * to the rooms it follows and has the cache reload what is shown.
 */
export function useLiveSocket(token: string | null, handlers: LiveHandlers): LiveApi {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handlersRef = useRef(handlers);
  const socketRef = useRef<LiveSocket | null>(null);
  /** Followed rooms with their join callbacks, renewed on every (re)connect. */
  const [motionRoomMap] = useState(() => new Map<number, (() => void) | undefined>());
  const [meetingRoomMap] = useState(() => new Map<number, (() => void) | undefined>());
  const listRef = useRef<{ count: number; onJoined?: () => void }>({ count: 0 });
  const listenersRef = useRef(new Set<LiveListener>());

  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (!token) return undefined;
    const socket: LiveSocket = io(LIVE_NAMESPACE, { auth: { token } });
    socketRef.current = socket;
    let connectedBefore = false;
    let restoredTimer: ReturnType<typeof setTimeout> | undefined;
    const listeners = () => [...listenersRef.current];

    socket.on('connect', () => {
      for (const [motionId, onJoined] of motionRoomMap) {
        joinMotion(socket, motionId, () => onJoined?.());
      }
      for (const [meetingId, onJoined] of meetingRoomMap) {
        joinMeeting(socket, meetingId, () => onJoined?.());
      }
      const list = listRef.current;
      if (list.count > 0) socket.emit('subscribeList', {}, () => list.onJoined?.());
      if (connectedBefore) {
        setStatus('restored');
        handlersRef.current.cache.resync();
        clearTimeout(restoredTimer);
        restoredTimer = setTimeout(() => setStatus('online'), RESTORED_NOTICE_MS);
      } else {
        setStatus('online');
      }
      connectedBefore = true;
    });
    socket.on('disconnect', (reason) => {
      // Only the server's session check closes a socket on purpose; it does not reconnect.
      if (reason === 'io server disconnect') handlersRef.current.onSessionEnded();
      else setStatus('offline');
    });
    socket.on('connect_error', () => {
      if (connectedBefore) setStatus('offline');
    });
    const cache = () => handlersRef.current.cache;
    socket.on('council', ({ council }) => cache().council(council));
    socket.on('tally', (event) => cache().tally(event));
    socket.on('motion', (event) => cache().motion(event));
    socket.on('whip', (event) => cache().whip(event));
    socket.on('path', (event) => cache().path(event));
    socket.on('importProgress', (event) => cache().importProgress(event));
    socket.on('draft', (event) => {
      cache().draft(event);
      listeners().forEach((l) => l.onDraft?.(event));
    });
    socket.on('voteVoided', (event) => cache().voteVoided(event));
    socket.on('voteRecorded', (event) => {
      cache().voteRecorded(event);
      listeners().forEach((l) => l.onVoteRecorded?.(event));
    });

    return () => {
      clearTimeout(restoredTimer);
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, [token, motionRoomMap, meetingRoomMap]);

  // While not connected (screens mount before the socket exists), the connect handler joins.
  const connected = useCallback(
    () => (socketRef.current?.connected ? socketRef.current : null),
    [],
  );
  /** Room joins follow one pattern: remember the room (renewed on reconnect), then join now. */
  const room = useCallback(
    (rooms: Map<number, (() => void) | undefined>, join: RoomJoin, leave: RoomLeave) => ({
      subscribe: (id: number, onJoined?: () => void) => {
        rooms.set(id, onJoined);
        const socket = connected();
        if (socket) join(socket, id, () => onJoined?.());
      },
      unsubscribe: (id: number) => {
        rooms.delete(id);
        const socket = connected();
        if (socket) leave(socket, id);
      },
    }),
    [connected],
  );
  const motionRooms = useMemo(
    () => room(motionRoomMap, joinMotion, leaveMotion),
    [room, motionRoomMap],
  );
  const meetingRooms = useMemo(
    () => room(meetingRoomMap, joinMeeting, leaveMeeting),
    [room, meetingRoomMap],
  );
  const { subscribe, unsubscribe } = motionRooms;
  const { subscribe: subscribeMeeting, unsubscribe: unsubscribeMeeting } = meetingRooms;
  const subscribeList = useCallback(
    (onJoined?: () => void) => {
      listRef.current = { count: listRef.current.count + 1, onJoined };
      connected()?.emit('subscribeList', {}, () => onJoined?.());
    },
    [connected],
  );
  const unsubscribeList = useCallback(() => {
    listRef.current = { count: Math.max(0, listRef.current.count - 1) };
    if (listRef.current.count === 0) connected()?.emit('unsubscribeList', {});
  }, [connected]);
  const addListener = useCallback((listener: LiveListener) => {
    listenersRef.current.add(listener);
    return () => {
      listenersRef.current.delete(listener);
    };
  }, []);

  return useMemo(
    () => ({
      status,
      subscribe,
      unsubscribe,
      subscribeList,
      unsubscribeList,
      subscribeMeeting,
      unsubscribeMeeting,
      addListener,
    }),
    [
      status,
      subscribe,
      unsubscribe,
      subscribeList,
      unsubscribeList,
      subscribeMeeting,
      unsubscribeMeeting,
      addListener,
    ],
  );
}
