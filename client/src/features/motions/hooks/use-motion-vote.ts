import { useQuery } from '@tanstack/react-query';
import type { HistoryVoteDetail, RecordedVoteView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { latestValidVote } from '../utils/latest-vote';

async function detailOf(votes: RecordedVoteView[]): Promise<HistoryVoteDetail | null> {
  const latest = latestValidVote(votes);
  return latest ? api.history.vote(latest.id) : null;
}

/**
 * The latest recorded vote with its projection (whip prediction beside what each group did) of
 * one step of the motion's path (`stepId`: the step's own votes, a committee's or the Rat's), or,
 * while the path is unknown, of the motion. The live cache reloads it when a vote of this motion
 * is recorded or voided.
 */
export function useMotionVote(
  motionId: number,
  live = false,
  stepId?: number,
): HistoryVoteDetail | null {
  const vote = useQuery({
    queryKey:
      stepId === undefined ? queryKeys.motionVote(motionId) : queryKeys.stepVote(motionId, stepId),
    queryFn: async () =>
      detailOf(await (stepId === undefined ? api.votes(motionId) : api.stepVotes(stepId))),
    ...(live ? { staleTime: Infinity } : {}),
  });
  return vote.data ?? null;
}
