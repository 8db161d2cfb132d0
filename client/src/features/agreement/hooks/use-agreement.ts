import { useCallback, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChapterProgress, MotionView, PledgeView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';
import { motionListQuery } from '../../motions/hooks/motion-queries';

export type AgreementData = {
  progress: ChapterProgress[] | null;
  pledges: PledgeView[];
  motions: MotionView[];
  error: string | null;
};

const pledgesQuery = { queryKey: queryKeys.pledges, queryFn: api.pledges };

/** Progress per chapter, the pledges' texts and the motions (for titles and links). */
export function useAgreement(): AgreementData {
  const errorText = useErrorText();
  const progress = useQuery({
    queryKey: queryKeys.agreementProgress,
    queryFn: api.agreementProgress,
  });
  const pledges = useQuery(pledgesQuery);
  const motions = useQuery(motionListQuery({}));
  const failed = progress.error ?? pledges.error ?? motions.error;
  // The page shows once all three are there, as one answer.
  const ready = progress.data && pledges.data && motions.data;
  return {
    progress: ready ? progress.data : null,
    pledges: ready ? pledges.data : [],
    motions: ready ? motions.data : [],
    error: failed ? errorText(failed) : null,
  };
}

/** The pledges with one motion's links set to `pledgeIds` (the answer of the relink). */
function relinked(pledges: PledgeView[], motionId: number, pledgeIds: number[]): PledgeView[] {
  return pledges.map((pledge) => {
    const others = pledge.motionIds.filter((id) => id !== motionId);
    return { ...pledge, motionIds: pledgeIds.includes(pledge.id) ? [...others, motionId] : others };
  });
}

/** The pledges (all chapters) and which of them a motion is linked to; managers relink. */
export function useMotionPledges(motionId: number) {
  const client = useQueryClient();
  const errorText = useErrorText();
  const pledges = useQuery(pledgesQuery);
  const [error, setError] = useState<string | null>(null);
  const linked = (pledges.data ?? [])
    .filter((p) => p.motionIds.includes(motionId))
    .map((p) => p.id);
  const save = useCallback(
    (pledgeIds: number[]) => {
      setError(null);
      api
        .putPledges(motionId, pledgeIds)
        .then((view) => {
          client.setQueryData<PledgeView[]>(queryKeys.pledges, (current) =>
            current ? relinked(current, motionId, view.pledgeIds) : undefined,
          );
          // The progress per chapter counts the links: loaded again when next shown.
          void client.invalidateQueries({
            queryKey: queryKeys.agreementProgress,
            refetchType: 'none',
          });
        })
        .catch((reason: unknown) => setError(errorText(reason)));
    },
    [client, motionId, errorText],
  );
  return { pledges: pledges.data ?? null, linked, error, save };
}
