import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MotionTallyResponse,
  WhipEntryRequest,
  WhipEntryView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { withWhipEntry } from '../../live/utils/cache-merge';
import type { NoteReader } from '../../live/utils/cache-merge';
import { countApi, countKeys, type CountScope } from '../utils/count-scope';
import { tallyQuery, whipHistoryQuery, whipQuery } from './motion-queries';

export type WhipCount = {
  entries: WhipEntryView[];
  tally: MotionTallyResponse | null;
  history: WhipHistoryEntry[];
  error: unknown;
  /** Saves one whip entry; a stale version rejects with WHIP_VERSION_CONFLICT. */
  saveWhip: (groupKey: string, body: WhipEntryRequest) => Promise<WhipEntryView>;
  /** Fetches the current version of one entry (after a conflict). */
  reloadWhip: (groupKey: string) => Promise<WhipEntryView | undefined>;
};

/** What the reader may fetch (shared access table): the rest is neither asked for nor joined. */
export type CountReads = { scenarios: boolean; whip: boolean; details: boolean };

/** While the motion's room is joined its events keep the cache current: nothing goes stale. */
const LIVE = { staleTime: Infinity } as const;

/**
 * One whip count from the cache: a motion's (its Rat step) or another step of its path. The live
 * socket writes the motion room's events into the same entries (by the event's step).
 */
export function useWhipCount(scope: CountScope, reads: CountReads, mayRead: NoteReader): WhipCount {
  const { motionId, stepId } = scope;
  const client = useQueryClient();
  const entries = useQuery({
    ...whipQuery(motionId, mayRead, stepId),
    ...LIVE,
    enabled: reads.whip,
  });
  const tally = useQuery({ ...tallyQuery(motionId, stepId), ...LIVE, enabled: reads.scenarios });
  const history = useQuery({
    ...whipHistoryQuery(motionId, stepId),
    ...LIVE,
    enabled: reads.details,
  });

  const saveWhip = useCallback(
    async (groupKey: string, body: WhipEntryRequest) => {
      const saved = await countApi({ motionId, stepId }).putWhip(groupKey, body);
      client.setQueryData<WhipEntryView[]>(countKeys({ motionId, stepId }).whip, (current) =>
        withWhipEntry(current, saved, mayRead),
      );
      // The history row comes with the `whip` event of this change.
      return saved;
    },
    [client, motionId, stepId, mayRead],
  );

  const reloadWhip = useCallback(
    async (groupKey: string) => {
      const fresh = await client.fetchQuery({
        ...whipQuery(motionId, mayRead, stepId),
        staleTime: 0,
      });
      return fresh.find((entry) => entry.groupKey === groupKey);
    },
    [client, motionId, stepId, mayRead],
  );

  return {
    entries: entries.data ?? [],
    tally: tally.data ?? null,
    history: history.data ?? [],
    error: entries.error ?? tally.error ?? history.error,
    saveWhip,
    reloadWhip,
  };
}
