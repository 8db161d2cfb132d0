import { useCallback, useEffect, useState } from 'react';
import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { api, messageOf } from '../../../api/api-client';

export type CouncilData = {
  council: CouncilView | null;
  members: MemberView[];
  error: string | null;
  reload: () => void;
  /** A council pushed by the live socket; members are reloaded since seats may have moved. */
  applyCouncil: (council: CouncilView) => void;
};

/** Loads the council and its members; `reload` is also the resync after a reconnect. */
export function useCouncilData(): CouncilData {
  const [council, setCouncil] = useState<CouncilView | null>(null);
  const [members, setMembers] = useState<MemberView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let active = true;
    Promise.all([api.council(), api.members()])
      .then(([nextCouncil, nextMembers]) => {
        if (!active) return;
        setCouncil(nextCouncil);
        setMembers(nextMembers);
        setError(null);
      })
      .catch((reason: unknown) => {
        if (active) setError(messageOf(reason));
      });
    return () => {
      active = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const applyCouncil = useCallback((next: CouncilView) => {
    setCouncil(next);
    api
      .members()
      .then(setMembers)
      .catch(() => undefined);
  }, []);

  return { council, members, error, reload, applyCouncil };
}
