import { useCallback, useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MotionStatus,
  MotionTallyResponse,
  MotionView,
  WhipEntryRequest,
  WhipEntryView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { useWhipCount, type CountReads } from './use-whip-count';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { hasCode } from '../../../i18n/error-text';
import { useErrorText } from '../../../i18n/use-error-text';
import { useLive } from '../../live/hooks/live-context';
import { newerMotion } from '../../live/utils/cache-merge';
import type { NoteReader } from '../../live/utils/cache-merge';
import { motionQuery } from './motion-queries';

export type MotionData = {
  motion: MotionView | null;
  entries: WhipEntryView[];
  tally: MotionTallyResponse | null;
  history: WhipHistoryEntry[];
  error: string | null;
  /** The motion room is joined: live events arrive. */
  live: boolean;
  reload: () => void;
  /** Saves one whip entry; a stale version rejects with WHIP_VERSION_CONFLICT. */
  saveWhip: (groupKey: string, body: WhipEntryRequest) => Promise<WhipEntryView>;
  /** Fetches the current version of one entry (after a conflict). */
  reloadWhip: (groupKey: string) => Promise<WhipEntryView | undefined>;
  /** Moves the motion on; resolves to 'conflict' when someone else changed it first. */
  changeStatus: (status: MotionStatus) => Promise<'ok' | 'conflict'>;
};

export type MotionReads = CountReads;

/** While the motion's room is joined its events keep the cache current: nothing goes stale. */
const LIVE = { staleTime: Infinity } as const;

/**
 * One motion with its whip count, tally and history from the cache. The live socket writes the
 * motion room's events into the same cache entries, so an edit elsewhere re-renders this screen
 * without a request.
 */
export function useMotion(motionId: number, reads: MotionReads, mayRead: NoteReader): MotionData {
  const { scenarios, whip, details } = reads;
  const client = useQueryClient();
  const errorText = useErrorText();
  const { subscribe, unsubscribe } = useLive();
  const [joined, setJoined] = useState(false);
  const motion = useQuery({ ...motionQuery(motionId), ...LIVE });
  const count = useWhipCount({ motionId }, { scenarios, whip, details }, mayRead);

  useEffect(() => {
    // The motion room carries tallies: joined only by readers of the scenarios.
    if (scenarios) subscribe(motionId, () => setJoined(true));
    return () => {
      if (scenarios) unsubscribe(motionId);
      setJoined(false);
      // Without the room nothing keeps the motion current: the next visit loads it again.
      void client.invalidateQueries({
        queryKey: queryKeys.motionAll(motionId),
        refetchType: 'none',
      });
    };
  }, [motionId, scenarios, subscribe, unsubscribe, client]);

  const reload = useCallback(() => {
    void client.invalidateQueries({ queryKey: queryKeys.motionAll(motionId) });
  }, [client, motionId]);

  const current = motion.data;
  const changeStatus = useCallback(
    async (status: MotionStatus) => {
      if (!current) return 'ok' as const;
      try {
        const next = await api.patchMotion(motionId, { status, version: current.version });
        client.setQueryData<MotionView>(queryKeys.motion(motionId), (cached) =>
          newerMotion(cached, next),
        );
        return 'ok' as const;
      } catch (reason) {
        if (hasCode(reason, 'MOTION_VERSION_CONFLICT')) {
          reload();
          return 'conflict' as const;
        }
        throw reason;
      }
    },
    [current, motionId, client, reload],
  );

  const failed = motion.error ?? count.error;
  return {
    motion: current ?? null,
    entries: count.entries,
    tally: count.tally,
    history: count.history,
    error: failed ? errorText(failed) : null,
    live: joined,
    reload,
    saveWhip: count.saveWhip,
    reloadWhip: count.reloadWhip,
    changeStatus,
  };
}
