import type { HistoryQuery, HistoryResultFilter } from '@mehrheitsplaner/shared';

/** The history page's filters as form state (empty string = no filter). */
export type HistoryFilters = {
  from: string;
  to: string;
  policyArea: string;
  sponsor: string;
  result: HistoryResultFilter | '';
  /** A body's key ('' = the Rat). */
  body?: string;
};

export const EMPTY_HISTORY_FILTERS: HistoryFilters = {
  from: '',
  to: '',
  policyArea: '',
  sponsor: '',
  result: '',
  body: '',
};

/** The query of every history endpoint; empty fields are left out. */
export function historyQuery(filters: HistoryFilters): HistoryQuery {
  const query: HistoryQuery = {};
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.policyArea.trim()) query.policyArea = filters.policyArea.trim();
  if (filters.sponsor) query.sponsor = filters.sponsor;
  if (filters.result) query.result = filters.result;
  if (filters.body) query.body = filters.body;
  return query;
}

export function isResultFilter(value: string): value is HistoryResultFilter {
  return value === 'adopted' || value === 'rejected';
}
