import { useEffect, useState } from 'react';
import type { HistoryVoteDetail } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { useLive } from '../../live/hooks/live-context';

/**
 * The motion's latest recorded vote with its projection (whip prediction beside what each group
 * did); refetched when a vote of this motion is recorded.
 */
export function useMotionVote(motionId: number): HistoryVoteDetail | null {
  const { addListener } = useLive();
  const [vote, setVote] = useState<HistoryVoteDetail | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      addListener({
        onVoteRecorded: ({ vote: recorded }) => {
          if (recorded.motionId === motionId) setGeneration((n) => n + 1);
        },
      }),
    [addListener, motionId],
  );
  useEffect(() => {
    let active = true;
    api
      .votes(motionId)
      .then((votes) => {
        const latest = votes.reduce<(typeof votes)[number] | null>(
          (last, v) =>
            !last || v.date > last.date || (v.date === last.date && v.id > last.id) ? v : last,
          null,
        );
        return latest ? api.history.vote(latest.id) : null;
      })
      .then((detail) => {
        if (active) setVote(detail);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [motionId, generation]);
  return vote;
}
