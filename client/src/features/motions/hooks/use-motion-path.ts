import { useCallback, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsultationView, CreateConsultationRequest } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';
import { pathQuery } from './motion-queries';

export type MotionPath = {
  steps: ConsultationView[];
  /** Body key → name; without the bodies list (an older server) only the Rat is named. */
  bodyNames: Map<string, string>;
  error: string | null;
  busy: boolean;
  add: (request: CreateConsultationRequest) => Promise<boolean>;
  remove: (step: ConsultationView) => Promise<boolean>;
};

/**
 * A motion's path with its steps' certainties (kept current by tally events) and the bodies that
 * can be added. A change of the path loads it again: positions of other steps move with it.
 */
export function useMotionPath(motionId: number, enabled: boolean, councilName: string): MotionPath {
  const client = useQueryClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const path = useQuery({ ...pathQuery(motionId), staleTime: Infinity, enabled });
  // The bodies list: a server without it (404) leaves the Rat as the only body.
  const bodies = useQuery({ queryKey: queryKeys.bodies, queryFn: api.bodies, retry: false });
  const bodyNames = new Map((bodies.data ?? []).map((body) => [body.key, body.name]));
  if (!bodyNames.has('RAT')) bodyNames.set('RAT', councilName);

  const change = useCallback(
    async (work: () => Promise<unknown>) => {
      setBusy(true);
      setFailed(null);
      try {
        await work();
        return true;
      } catch (reason) {
        setFailed(reason);
        return false;
      } finally {
        setBusy(false);
        await client.invalidateQueries({ queryKey: queryKeys.path(motionId) });
      }
    },
    [client, motionId],
  );

  const error = path.error ?? failed;
  return {
    steps: path.data ?? [],
    bodyNames,
    error: error ? errorText(error) : null,
    busy,
    add: (request) => change(() => api.addConsultation(motionId, request)),
    remove: (step) => change(() => api.removeConsultation(step.id, step.version)),
  };
}
