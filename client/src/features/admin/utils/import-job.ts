import type {
  OparlImportCounts,
  OparlImportJobView,
  OparlImportPhase,
} from '@mehrheitsplaner/shared';

const PHASES: OparlImportPhase[] = [
  'fetch:body',
  'fetch:organizations',
  'fetch:persons',
  'fetch:memberships',
  'fetch:papers',
  'fetch:meetings',
  'fetch:references',
  'apply',
  'done',
];

function rank(job: OparlImportJobView): number {
  if (job.status !== 'running') return Number.MAX_SAFE_INTEGER;
  return PHASES.indexOf(job.progress.phase) * 1_000_000 + job.progress.processed;
}

/** Socket events and poll answers may cross: a finished job or later progress wins. */
export function newerJob(
  current: OparlImportJobView | null,
  next: OparlImportJobView,
): OparlImportJobView {
  if (!current || current.jobId !== next.jobId) return next;
  return rank(next) >= rank(current) ? next : current;
}

/** Share of the phases passed (0–1) for the progress bar. */
export function phaseShare(phase: OparlImportPhase): number {
  return Math.max(0, PHASES.indexOf(phase)) / (PHASES.length - 1);
}

export const COUNT_KEYS: (keyof OparlImportCounts)[] = [
  'groups',
  'members',
  'memberships',
  'motions',
  'meetings',
  'agendaItems',
];
