import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  AccuracyRow,
  GroupHistoryRow,
  HistoryQuery,
  HistorySummary,
  HistoryVoteView,
} from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';
import { historyQuery } from '../utils/history-filters';
import type { HistoryFilters } from '../utils/history-filters';

export type HistoryData = {
  votes: HistoryVoteView[];
  summary: HistorySummary | null;
  groups: GroupHistoryRow[];
  accuracy: AccuracyRow[];
  /** Not every figure is for the current filters yet (the previous ones stay shown meanwhile). */
  loading: boolean;
  error: string | null;
};

/** One figure of the history for the filters; the previous filters' answer stays until it comes. */
function useHistoryPart<T>(
  part: string,
  query: HistoryQuery,
  load: (q: HistoryQuery) => Promise<T>,
) {
  return useQuery({
    queryKey: queryKeys.history(part, query),
    queryFn: () => load(query),
    placeholderData: keepPreviousData,
  });
}

/** The committee's view: votes, summary, per-group figures and accuracy for the filters. */
export function useHistory(filters: HistoryFilters): HistoryData {
  const errorText = useErrorText();
  const query = useMemo(() => historyQuery(filters), [filters]);
  const parts = [
    useHistoryPart('votes', query, api.history.votes),
    useHistoryPart('summary', query, api.history.summary),
    useHistoryPart('groups', query, api.history.groups),
    useHistoryPart('accuracy', query, api.history.accuracy),
  ] as const;
  const [votes, summary, groups, accuracy] = parts;
  const failed = parts.find((part) => part.error)?.error;
  if (failed) {
    return {
      votes: [],
      summary: null,
      groups: [],
      accuracy: [],
      loading: false,
      error: errorText(failed),
    };
  }
  return {
    votes: votes.data ?? [],
    summary: summary.data ?? null,
    groups: groups.data ?? [],
    accuracy: accuracy.data ?? [],
    loading: parts.some((part) => part.isPending || part.isPlaceholderData),
    error: null,
  };
}

/** Per member (optionally of one group on the day of each vote), for the same filters. */
export function useHistoryMembers(filters: HistoryFilters, groupKey: string) {
  const errorText = useErrorText();
  const query = useMemo(() => historyQuery(filters), [filters]);
  const members = useHistoryPart(
    'members',
    groupKey ? { ...query, groupKey } : query,
    api.history.members,
  );
  /** null until the first answer: an empty list means no ballots in the period. */
  return { rows: members.data ?? null, error: members.error ? errorText(members.error) : null };
}
