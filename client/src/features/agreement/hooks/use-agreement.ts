import { useEffect, useState } from 'react';
import type { ChapterProgress, MotionView, PledgeView } from '@mehrheitsplaner/shared';
import { api, messageOf } from '../../../api/api-client';

export type AgreementData = {
  progress: ChapterProgress[] | null;
  pledges: PledgeView[];
  motions: MotionView[];
  error: string | null;
};

/** Progress per chapter, the pledges' texts and the motions (for titles and links). */
export function useAgreement(): AgreementData {
  const [data, setData] = useState<AgreementData>({
    progress: null,
    pledges: [],
    motions: [],
    error: null,
  });
  useEffect(() => {
    let active = true;
    Promise.all([api.agreementProgress(), api.pledges(), api.motions()])
      .then(([progress, pledges, motions]) => {
        if (active) setData({ progress, pledges, motions, error: null });
      })
      .catch((reason: unknown) => {
        if (active) setData((current) => ({ ...current, error: messageOf(reason) }));
      });
    return () => {
      active = false;
    };
  }, []);
  return data;
}

/** The pledges (all chapters) and which of them a motion is linked to; managers relink. */
export function useMotionPledges(motionId: number) {
  const [pledges, setPledges] = useState<PledgeView[] | null>(null);
  const [linked, setLinked] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    api
      .pledges()
      .then((list) => {
        if (!active) return;
        setPledges(list);
        setLinked(list.filter((p) => p.motionIds.includes(motionId)).map((p) => p.id));
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [motionId]);
  const save = (pledgeIds: number[]) => {
    setError(null);
    api
      .putPledges(motionId, pledgeIds)
      .then((view) => setLinked(view.pledgeIds))
      .catch((reason: unknown) => setError(messageOf(reason)));
  };
  return { pledges, linked, error, save };
}
