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

export const whipQuery = (motionId: number, mayRead: NoteReader) =>
  queryOptions({
    queryKey: queryKeys.whip(motionId),
    queryFn: async ({ client }) =>
      mergeWhipEntries(
        client.getQueryData<WhipEntryView[]>(queryKeys.whip(motionId)),
        await api.whip(motionId),
        mayRead,
      ),
  });

export const tallyQuery = (motionId: number) =>
  queryOptions({
    queryKey: queryKeys.tally(motionId),
    queryFn: ({ client }) =>
      unlessEventArrived(client, queryKeys.tally(motionId), () => api.tally(motionId)),
  });

export const whipHistoryQuery = (motionId: number) =>
  queryOptions({
    queryKey: queryKeys.whipHistory(motionId),
    queryFn: async ({ client }) => {
      const loaded = await api.whipHistory(motionId);
      return mergeHistory(
        client.getQueryData<WhipHistoryEntry[]>(queryKeys.whipHistory(motionId)),
        loaded,
      );
    },
  });

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
