import { useEffect, useState } from 'react';
import type { MotionView, WhipEntryView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';

/** The motion of the current agenda item and its whip count (for the prefilled entry). */
export function useItemMotion(motionId: number | null, generation: unknown) {
  const [motion, setMotion] = useState<MotionView | null>(null);
  const [whip, setWhip] = useState<WhipEntryView[]>([]);
  useEffect(() => {
    if (motionId === null) return undefined;
    let active = true;
    Promise.all([api.motion(motionId), api.whip(motionId)])
      .then(([nextMotion, nextWhip]) => {
        if (!active) return;
        setMotion(nextMotion);
        setWhip(nextWhip);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [motionId, generation]);
  return { motion: motion?.id === motionId ? motion : null, whip };
}
