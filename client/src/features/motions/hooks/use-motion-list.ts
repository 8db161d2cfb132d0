import { useCallback, useEffect, useRef, useState } from 'react';
import type { MotionListQuery, MotionView } from '@mehrheitsplaner/shared';
import { api, messageOf } from '../../../api/api-client';
import { useLive } from '../../live/hooks/live-context';
import { replaceMotion } from '../utils/motion-filters';

export type MotionList = {
  motions: MotionView[] | null;
  error: string | null;
  /** The list room is joined: `motion` events arrive. */
  live: boolean;
  reload: () => void;
};

const SEARCH_DELAY_MS = 250;

/**
 * The filtered motion list, kept live: a `motion` event replaces its row at once; a motion not
 * listed yet (or one that may have left the filter) makes the list reload.
 */
export function useMotionList(query: MotionListQuery): MotionList {
  const live = useLive();
  const [motions, setMotions] = useState<MotionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState(false);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(query);
  const motionsRef = useRef<MotionView[] | null>(null);
  const filtered = key !== '{}';

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let active = true;
    const timer = setTimeout(
      () => {
        api
          .motions(JSON.parse(key) as MotionListQuery)
          .then((list) => {
            if (!active) return;
            motionsRef.current = list;
            setMotions(list);
            setError(null);
          })
          .catch((reason: unknown) => {
            if (active) setError(messageOf(reason));
          });
      },
      generation === 0 && key === '{}' ? 0 : SEARCH_DELAY_MS,
    );
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [key, generation]);

  const { subscribeList, unsubscribeList, addListener } = live;
  useEffect(() => {
    subscribeList(() => setJoined(true));
    const remove = addListener({
      onMotion: ({ motion }) => {
        const current = motionsRef.current;
        if (!current) return;
        const result = replaceMotion(current, motion);
        motionsRef.current = result.list;
        setMotions(result.list);
        if (!result.known || filtered) reload();
      },
      onResync: reload,
    });
    return () => {
      remove();
      unsubscribeList();
      setJoined(false);
    };
  }, [subscribeList, unsubscribeList, addListener, reload, filtered]);

  return { motions, error, live: joined, reload };
}
