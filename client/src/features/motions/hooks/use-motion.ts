import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  MotionStatus,
  MotionTallyResponse,
  MotionView,
  WhipEntryRequest,
  WhipEntryView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { api, ApiError, messageOf } from '../../../api/api-client';
import { useLive } from '../../live/hooks/live-context';

export type MotionData = {
  motion: MotionView | null;
  entries: WhipEntryView[];
  tally: MotionTallyResponse | null;
  history: WhipHistoryEntry[];
  error: string | null;
  /** The motion room is joined: live events arrive. */
  live: boolean;
  reload: () => void;
  /** Saves one whip entry; a stale version rejects with an ApiError of status 409. */
  saveWhip: (groupKey: string, body: WhipEntryRequest) => Promise<WhipEntryView>;
  /** Fetches the current version of one entry (after a conflict). */
  reloadWhip: (groupKey: string) => Promise<WhipEntryView | undefined>;
  /** Moves the motion on; resolves to 'conflict' when someone else changed it first. */
  changeStatus: (status: MotionStatus) => Promise<'ok' | 'conflict'>;
};

/** What the reader may fetch (shared access table): the rest is neither asked for nor joined. */
export type MotionReads = { scenarios: boolean; whip: boolean; details: boolean };

function withEntry(entries: WhipEntryView[], entry: WhipEntryView): WhipEntryView[] {
  return entries.map((e) =>
    e.groupKey === entry.groupKey && e.version <= entry.version ? entry : e,
  );
}

/**
 * One motion with its whip count, tally and history, kept live through the motion's room:
 * `tally`, `whip` and `motion` events update in place; options and history follow by refetch.
 */
export function useMotion(motionId: number, reads: MotionReads): MotionData {
  const { scenarios, whip, details } = reads;
  const { subscribe, unsubscribe, addListener } = useLive();
  const [motion, setMotion] = useState<MotionView | null>(null);
  const [entries, setEntries] = useState<WhipEntryView[]>([]);
  const [tally, setTally] = useState<MotionTallyResponse | null>(null);
  const [history, setHistory] = useState<WhipHistoryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState(false);
  const [generation, setGeneration] = useState(0);
  const entriesRef = useRef<WhipEntryView[]>([]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const applyEntries = useCallback((next: WhipEntryView[]) => {
    entriesRef.current = next;
    setEntries(next);
  }, []);

  useEffect(() => {
    let active = true;
    Promise.all([
      api.motion(motionId),
      whip ? api.whip(motionId) : [],
      scenarios ? api.tally(motionId) : null,
      details ? api.whipHistory(motionId) : [],
    ])
      .then(([nextMotion, nextEntries, nextTally, nextHistory]) => {
        if (!active) return;
        setMotion(nextMotion);
        applyEntries(nextEntries);
        setTally(nextTally);
        setHistory(nextHistory);
        setError(null);
      })
      .catch((reason: unknown) => {
        if (active) setError(messageOf(reason));
      });
    return () => {
      active = false;
    };
  }, [motionId, generation, applyEntries, scenarios, whip, details]);

  /** Options and history are not in the events: fetched after each change. */
  const refreshDerived = useCallback(() => {
    api
      .tally(motionId)
      .then(setTally)
      .catch(() => undefined);
    if (!details) return;
    api
      .whipHistory(motionId)
      .then(setHistory)
      .catch(() => undefined);
  }, [motionId, details]);

  useEffect(() => {
    // The motion room carries tallies: joined only by readers of the scenarios.
    if (!scenarios) return undefined;
    subscribe(motionId, () => setJoined(true));
    const remove = addListener({
      onTally: (event) => {
        if (event.motionId !== motionId) return;
        setTally((current) => ({ options: current?.options ?? [], ...event.tally }));
        refreshDerived();
        const cause = event.cause;
        const known = cause && entriesRef.current.find((e) => e.groupKey === cause.groupKey);
        if (whip && cause && (!known || known.version < cause.version)) {
          api
            .whip(motionId)
            .then(applyEntries)
            .catch(() => undefined);
        }
      },
      onWhip: (event) => {
        if (event.motionId === motionId) applyEntries(withEntry(entriesRef.current, event.entry));
      },
      onMotion: ({ motion: next }) => {
        if (next.id === motionId)
          setMotion((current) => (current && current.version > next.version ? current : next));
      },
      onResync: reload,
    });
    return () => {
      remove();
      unsubscribe(motionId);
      setJoined(false);
    };
  }, [
    motionId,
    scenarios,
    whip,
    subscribe,
    unsubscribe,
    addListener,
    reload,
    refreshDerived,
    applyEntries,
  ]);

  const saveWhip = useCallback(
    async (groupKey: string, body: WhipEntryRequest) => {
      const saved = await api.putWhip(motionId, groupKey, body);
      applyEntries(withEntry(entriesRef.current, saved));
      return saved;
    },
    [motionId, applyEntries],
  );

  const reloadWhip = useCallback(
    async (groupKey: string) => {
      const fresh = await api.whip(motionId);
      applyEntries(fresh);
      return fresh.find((entry) => entry.groupKey === groupKey);
    },
    [motionId, applyEntries],
  );

  const changeStatus = useCallback(
    async (status: MotionStatus) => {
      if (!motion) return 'ok' as const;
      try {
        setMotion(await api.patchMotion(motionId, { status, version: motion.version }));
        return 'ok' as const;
      } catch (reason) {
        if (reason instanceof ApiError && reason.status === 409) {
          reload();
          return 'conflict' as const;
        }
        throw reason;
      }
    },
    [motion, motionId, reload],
  );

  return {
    motion,
    entries,
    tally,
    history,
    error,
    live: joined,
    reload,
    saveWhip,
    reloadWhip,
    changeStatus,
  };
}
