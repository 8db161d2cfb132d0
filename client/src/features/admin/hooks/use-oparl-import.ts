import { useCallback, useState } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OparlImportJobView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';
import { newerJob } from '../utils/import-job';

/** How often the job is polled while it runs (the fallback when socket events do not arrive). */
export const IMPORT_POLL_MS = 1500;

export type OparlImport = {
  job: OparlImportJobView | null;
  error: string | null;
  busy: boolean;
  start: (url: string, full: boolean) => void;
};

/** A job in the cache; `importProgress` events write into it, a poll answer never goes back. */
const importJobQuery = (jobId: string) =>
  queryOptions({
    queryKey: queryKeys.importJob(jobId),
    queryFn: async ({ client }) =>
      newerJob(
        client.getQueryData<OparlImportJobView>(queryKeys.importJob(jobId)) ?? null,
        await api.oparlImportJob(jobId),
      ),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? IMPORT_POLL_MS : false),
  });

/** Starts an OParl import and follows it: `importProgress` socket events plus polling. */
export function useOparlImport(): OparlImport {
  const client = useQueryClient();
  const errorText = useErrorText();
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const job = useQuery({ ...importJobQuery(jobId ?? ''), enabled: jobId !== null });

  const start = useCallback(
    (url: string, full: boolean) => {
      setError(null);
      setStarting(true);
      api
        .startOparlImport({ url, full })
        .then(({ jobId: id }) => {
          // Shown at once as started; the first poll answer (or event) follows.
          client.setQueryData<OparlImportJobView>(queryKeys.importJob(id), {
            jobId: id,
            status: 'running',
            url,
            progress: { phase: 'fetch:body', processed: 0 },
          });
          setJobId(id);
        })
        .catch((reason: unknown) => setError(errorText(reason)))
        .finally(() => setStarting(false));
    },
    [client, errorText],
  );

  const data = jobId === null ? null : (job.data ?? null);
  const failed = error ?? (job.error ? errorText(job.error) : null);
  return { job: data, error: failed, busy: starting || data?.status === 'running', start };
}
