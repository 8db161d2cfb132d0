import { useCallback, useEffect, useRef, useState } from 'react';
import type { OparlImportJobView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { useErrorText } from '../../../i18n/use-error-text';
import { useLive } from '../../live/hooks/live-context';
import { newerJob } from '../utils/import-job';

/** How often the job is polled while it runs (the fallback when socket events do not arrive). */
export const IMPORT_POLL_MS = 1500;

export type OparlImport = {
  job: OparlImportJobView | null;
  error: string | null;
  busy: boolean;
  start: (url: string, full: boolean) => void;
};

/** Starts an OParl import and follows it: `importProgress` socket events plus polling. */
export function useOparlImport(): OparlImport {
  const errorText = useErrorText();
  const { addListener } = useLive();
  const [job, setJob] = useState<OparlImportJobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const jobIdRef = useRef<string | null>(null);

  const apply = useCallback((next: OparlImportJobView) => {
    if (next.jobId !== jobIdRef.current) return;
    setJob((current) => newerJob(current, next));
  }, []);

  useEffect(() => addListener({ onImportProgress: apply }), [addListener, apply]);

  const running = job?.status === 'running';
  const jobId = job?.jobId;
  useEffect(() => {
    if (!running || !jobId) return undefined;
    const timer = setInterval(() => {
      api
        .oparlImportJob(jobId)
        .then(apply)
        .catch((reason: unknown) => setError(errorText(reason)));
    }, IMPORT_POLL_MS);
    return () => clearInterval(timer);
  }, [running, jobId, apply, errorText]);

  const start = useCallback(
    (url: string, full: boolean) => {
      setError(null);
      setStarting(true);
      api
        .startOparlImport({ url, full })
        .then(({ jobId: id }) => {
          jobIdRef.current = id;
          setJob({
            jobId: id,
            status: 'running',
            url,
            progress: { phase: 'fetch:body', processed: 0 },
          });
          return api.oparlImportJob(id).then(apply);
        })
        .catch((reason: unknown) => setError(errorText(reason)))
        .finally(() => setStarting(false));
    },
    [apply, errorText],
  );

  return { job, error, busy: starting || running, start };
}
