import { useEffect, useMemo, useState } from 'react';
import type {
  AccuracyRow,
  GroupHistoryRow,
  HistorySummary,
  HistoryVoteView,
  MemberHistoryRow,
} from '@mehrheitsplaner/shared';
import { api, messageOf } from '../../../api/api-client';
import { historyQuery } from '../utils/history-filters';
import type { HistoryFilters } from '../utils/history-filters';

export type HistoryData = {
  votes: HistoryVoteView[];
  summary: HistorySummary | null;
  groups: GroupHistoryRow[];
  accuracy: AccuracyRow[];
  loading: boolean;
  error: string | null;
};

const EMPTY: HistoryData = {
  votes: [],
  summary: null,
  groups: [],
  accuracy: [],
  loading: true,
  error: null,
};

/** The committee's view: votes, summary, per-group figures and accuracy for the filters. */
export function useHistory(filters: HistoryFilters): HistoryData {
  const query = useMemo(() => historyQuery(filters), [filters]);
  const key = JSON.stringify(query);
  const [data, setData] = useState<HistoryData & { key: string | null }>({ ...EMPTY, key: null });
  useEffect(() => {
    let active = true;
    Promise.all([
      api.history.votes(query),
      api.history.summary(query),
      api.history.groups(query),
      api.history.accuracy(query),
    ])
      .then(([votes, summary, groups, accuracy]) => {
        if (active) setData({ votes, summary, groups, accuracy, loading: false, error: null, key });
      })
      .catch((reason: unknown) => {
        if (active) setData({ ...EMPTY, loading: false, error: messageOf(reason), key });
      });
    return () => {
      active = false;
    };
  }, [query, key]);
  return { ...data, loading: data.key !== key };
}

/** Per member (optionally of one group on the day of each vote), for the same filters. */
export function useHistoryMembers(filters: HistoryFilters, groupKey: string) {
  const query = useMemo(() => historyQuery(filters), [filters]);
  /** null until the first answer: an empty list means no ballots in the period. */
  const [rows, setRows] = useState<MemberHistoryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    api.history
      .members(groupKey ? { ...query, groupKey } : query)
      .then((next) => {
        if (!active) return;
        setRows(next);
        setError(null);
      })
      .catch((reason: unknown) => {
        if (active) setError(messageOf(reason));
      });
    return () => {
      active = false;
    };
  }, [query, groupKey]);
  return { rows, error };
}
