import type { AuditQuery, HistoryQuery, MotionListQuery } from '@mehrheitsplaner/shared';

/**
 * The keys of the one client cache. A motion's parts share the prefix `['motion', id]`, so leaving
 * its room can mark them all stale at once; the live socket writes into the same keys.
 */
export const queryKeys = {
  council: ['council'] as const,
  members: ['council', 'members'] as const,
  motionLists: ['motions'] as const,
  motionList: (query: MotionListQuery) => ['motions', query] as const,
  motionAll: (id: number) => ['motion', id] as const,
  motion: (id: number) => ['motion', id, 'view'] as const,
  whip: (id: number) => ['motion', id, 'whip'] as const,
  tally: (id: number) => ['motion', id, 'tally'] as const,
  whipHistory: (id: number) => ['motion', id, 'history'] as const,
  motionVote: (id: number) => ['motion', id, 'vote'] as const,
  /** The latest vote of one step of the path (under motionVote: reloaded with it). */
  stepVote: (id: number, stepId: number) => ['motion', id, 'vote', stepId] as const,
  /** The path (Beratungsfolge) and the counts of its steps other than the Rat's. */
  path: (id: number) => ['motion', id, 'path'] as const,
  stepWhip: (id: number, stepId: number) => ['motion', id, 'step', stepId, 'whip'] as const,
  stepTally: (id: number, stepId: number) => ['motion', id, 'step', stepId, 'tally'] as const,
  stepHistory: (id: number, stepId: number) => ['motion', id, 'step', stepId, 'history'] as const,
  meetings: ['meetings'] as const,
  meetingAll: (id: number) => ['meeting', id] as const,
  meeting: (id: number) => ['meeting', id, 'view'] as const,
  draft: (meetingId: number, itemId: number) => ['meeting', meetingId, 'draft', itemId] as const,
  historyAll: ['history'] as const,
  history: (part: string, query: HistoryQuery) => ['history', part, query] as const,
  chapters: ['agreement', 'chapters'] as const,
  pledges: ['agreement', 'pledges'] as const,
  agreementProgress: ['agreement', 'progress'] as const,
  importJob: (jobId: string) => ['importJob', jobId] as const,
  audit: (query: AuditQuery) => ['audit', query] as const,
  users: ['users'] as const,
  bodies: ['bodies'] as const,
  body: (key: string) => ['bodies', key, 'view'] as const,
  bodyMembers: (key: string) => ['bodies', key, 'members'] as const,
  /** A body and its members on a step's date (under `bodies`: reloaded on every body change). */
  bodyOn: (key: string, date: string) => ['bodies', key, 'view', date] as const,
  bodyMembersOn: (key: string, date: string) => ['bodies', key, 'members', date] as const,
};
