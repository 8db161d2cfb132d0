import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { BodyView, ConsultationView, MemberView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { stepVoters } from '../utils/path-steps';

export type StepBody = {
  /** The body in the council's shape (its groups with their seats there); null while loading. */
  body: BodyView | null;
  /** Its voting members on the step's date, by person (the whip count's overrides). */
  voters: MemberView[];
  error: unknown;
};

/**
 * The body of a step other than the Rat's as it stands on the step's date (today's for a step
 * without one): its seats and members, not the council's. Nothing is loaded without a step.
 */
export function useStepBody(step: ConsultationView | null): StepBody {
  const key = step?.bodyKey ?? '';
  const date = step?.date ?? undefined;
  const on = date ?? 'today';
  const body = useQuery({
    queryKey: queryKeys.bodyOn(key, on),
    queryFn: () => api.body(key, date),
    enabled: step !== null,
  });
  const members = useQuery({
    queryKey: queryKeys.bodyMembersOn(key, on),
    queryFn: () => api.bodyMembers(key, date),
    enabled: step !== null,
  });
  const chairVotes = body.data?.chairVotes ?? true;
  const voters = useMemo(
    () => stepVoters(members.data ?? [], chairVotes),
    [members.data, chairVotes],
  );
  return { body: body.data ?? null, voters, error: body.error ?? members.error };
}
