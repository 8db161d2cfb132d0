import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MotionListQuery, MotionView } from '@mehrheitsplaner/shared';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';
import { useLive } from '../../live/hooks/live-context';
import { motionListQuery } from './motion-queries';

export type MotionList = {
  motions: MotionView[] | null;
  error: string | null;
  /** The list room is joined: `motion` events arrive. */
  live: boolean;
};

const SEARCH_DELAY_MS = 250;

/** The query once typing paused: each keystroke does not cost a request. */
function useSettledQuery(query: MotionListQuery): MotionListQuery {
  const key = JSON.stringify(query);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return JSON.parse(settled) as MotionListQuery;
}

/**
 * The filtered motion list from the cache, kept live through the list room: the live socket
 * writes each `motion` event into the listed row (a motion not listed yet reloads the list).
 */
export function useMotionList(query: MotionListQuery): MotionList {
  const client = useQueryClient();
  const errorText = useErrorText();
  const { subscribeList, unsubscribeList } = useLive();
  const [joined, setJoined] = useState(false);
  const settled = useSettledQuery(query);
  const list = useQuery({
    ...motionListQuery(settled),
    // While the list room is joined the events keep every listed row current.
    staleTime: Infinity,
    // Other screens (the agenda form) load the same list without the room: on arrival load it anew.
    refetchOnMount: 'always',
    placeholderData: keepPreviousData,
  });

  useEffect(() => {
    subscribeList(() => setJoined(true));
    return () => {
      unsubscribeList();
      setJoined(false);
      // Without the room nothing keeps the lists current: the next visit loads them again.
      void client.invalidateQueries({ queryKey: queryKeys.motionLists, refetchType: 'none' });
    };
  }, [subscribeList, unsubscribeList, client]);

  return {
    motions: list.data ?? null,
    error: list.error ? errorText(list.error) : null,
    live: joined,
  };
}
