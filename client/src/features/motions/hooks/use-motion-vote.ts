import { useQuery } from '@tanstack/react-query';
import type { HistoryVoteDetail } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';

async function latestVoteDetail(motionId: number): Promise<HistoryVoteDetail | null> {
  // A voided vote is a wrong entry: the motion is open again and shows no result.
  const votes = (await api.votes(motionId)).filter((v) => v.voided === null);
  const latest = votes.reduce<(typeof votes)[number] | null>(
    (last, v) =>
      !last || v.date > last.date || (v.date === last.date && v.id > last.id) ? v : last,
    null,
  );
  return latest ? api.history.vote(latest.id) : null;
}

/**
 * The motion's latest recorded vote with its projection (whip prediction beside what each group
 * did); the live cache reloads it when a vote of this motion is recorded or voided.
 */
export function useMotionVote(motionId: number, live = false): HistoryVoteDetail | null {
  const vote = useQuery({
    queryKey: queryKeys.motionVote(motionId),
    queryFn: () => latestVoteDetail(motionId),
    ...(live ? { staleTime: Infinity } : {}),
  });
  return vote.data ?? null;
}
