import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditPage, AuditQuery } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';

export type AuditLog = { page: AuditPage | null; error: string | null; loading: boolean };

/** One page of the audit log for these filters; the previous page stays shown while paging. */
export function useAuditLog(query: AuditQuery, enabled: boolean): AuditLog {
  const errorText = useErrorText();
  const log = useQuery({
    queryKey: queryKeys.audit(query),
    queryFn: () => api.audit(query),
    placeholderData: keepPreviousData,
    enabled,
  });
  return {
    page: log.data ?? null,
    error: log.error ? errorText(log.error) : null,
    loading: log.isFetching,
  };
}
