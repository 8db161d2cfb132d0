import { MOTION_STATUSES } from '@mehrheitsplaner/shared';
import type { MotionListQuery, MotionStatus, MotionView } from '@mehrheitsplaner/shared';

/** What the filter bar of the motion list holds (form values: '' = no filter). */
export type MotionFilters = {
  q: string;
  status: MotionStatus | '';
  policyArea: string;
  sponsor: string;
  from: string;
  to: string;
  withoutMajority: boolean;
  /** A body's key ('' = the Rat). */
  body?: string;
};

export const EMPTY_FILTERS: MotionFilters = {
  q: '',
  status: '',
  policyArea: '',
  sponsor: '',
  from: '',
  to: '',
  withoutMajority: false,
  body: '',
};

export function isMotionStatus(value: string): value is MotionStatus {
  return (MOTION_STATUSES as readonly string[]).includes(value);
}

/** The query of `GET /api/motions` for the filters: empty values are left out. */
export function toListQuery(filters: MotionFilters): MotionListQuery {
  const query: MotionListQuery = {};
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.status) query.status = filters.status;
  if (filters.policyArea.trim()) query.policyArea = filters.policyArea.trim();
  if (filters.sponsor) query.sponsor = filters.sponsor;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.withoutMajority) query.withoutMajority = true;
  if (filters.body) query.body = filters.body;
  return query;
}

export function hasActiveFilters(filters: MotionFilters): boolean {
  return Object.keys(toListQuery(filters)).length > 0;
}

/** Replaces a motion pushed by the socket in the list; `known` is false when it was not listed. */
export function replaceMotion(
  list: readonly MotionView[],
  motion: MotionView,
): { list: MotionView[]; known: boolean } {
  const index = list.findIndex((item) => item.id === motion.id);
  if (index < 0) return { list: [...list], known: false };
  // An older event never replaces a newer row.
  if (list[index].version > motion.version) return { list: [...list], known: true };
  const next = [...list];
  next[index] = motion;
  return { list: next, known: true };
}

/** Distinct policy areas of the listed motions, sorted, for the filter's suggestions. */
export function policyAreasOf(list: readonly MotionView[]): string[] {
  const areas = new Set<string>();
  for (const motion of list) if (motion.policyArea) areas.add(motion.policyArea);
  return [...areas].sort((a, b) => a.localeCompare(b, 'de'));
}
