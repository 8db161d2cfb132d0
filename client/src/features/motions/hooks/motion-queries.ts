import { queryOptions } from '@tanstack/react-query';
import type {
  MotionListQuery,
  MotionView,
  WhipEntryView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { mergeHistory, mergeWhipEntries, newerMotion } from '../../live/utils/cache-merge';
import { unlessEventArrived } from '../../live/utils/live-cache';
import type { NoteReader } from '../../live/utils/cache-merge';
import { countApi, countKeys } from '../utils/count-scope';

/**
 * A motion's parts in the cache. An answer that left the server before a live event arrived must
 * not undo the event: motion and whip entries are merged with what the cache holds by version,
 * history rows by group and version; a tally carries no version, so an event written while it
 * loaded wins.
 */
export const motionQuery = (motionId: number) =>
  queryOptions({
    queryKey: queryKeys.motion(motionId),
    queryFn: async ({ client }) =>
      newerMotion(
        client.getQueryData<MotionView>(queryKeys.motion(motionId)),
        await api.motion(motionId),
      ),
  });

/** A step of the path other than the Rat's (`stepId`) has its own keys and routes. */
export const whipQuery = (motionId: number, mayRead: NoteReader, stepId?: number) => {
  const key = countKeys({ motionId, stepId }).whip;
  return queryOptions({
    queryKey: key,
    queryFn: async ({ client }) =>
      mergeWhipEntries(
        client.getQueryData<WhipEntryView[]>(key),
        await countApi({ motionId, stepId }).whip(),
        mayRead,
      ),
  });
};

export const tallyQuery = (motionId: number, stepId?: number) => {
  const key = countKeys({ motionId, stepId }).tally;
  return queryOptions({
    queryKey: key,
    queryFn: ({ client }) =>
      unlessEventArrived(client, key, () => countApi({ motionId, stepId }).tally()),
  });
};

export const whipHistoryQuery = (motionId: number, stepId?: number) => {
  const key = countKeys({ motionId, stepId }).history;
  return queryOptions({
    queryKey: key,
    queryFn: async ({ client }) => {
      const loaded = await countApi({ motionId, stepId }).history();
      return mergeHistory(client.getQueryData<WhipHistoryEntry[]>(key), loaded);
    },
  });
};

/**
 * The path (Beratungsfolge) with each step's certainty; `path` events (a step added, changed or
 * removed) and tally events keep it current. It carries no version: an event during the load wins.
 */
export const pathQuery = (motionId: number) => {
  const key = queryKeys.path(motionId);
  return queryOptions({
    queryKey: key,
    queryFn: ({ client }) => unlessEventArrived(client, key, () => api.consultations(motionId)),
  });
};

/** A listed motion the cache holds newer (a `motion` event during the load) stays. */
export const motionListQuery = (query: MotionListQuery) =>
  queryOptions({
    queryKey: queryKeys.motionList(query),
    queryFn: async ({ client }) => {
      const cached = new Map(
        (client.getQueryData<MotionView[]>(queryKeys.motionList(query)) ?? []).map((m) => [
          m.id,
          m,
        ]),
      );
      return (await api.motions(query)).map((motion) => newerMotion(cached.get(motion.id), motion));
    },
  });
