import type { CreateMotionRequest, MotionStatus, WhipEntryRequest } from '@mehrheitsplaner/shared';

export type DemoWhipEntry = Omit<WhipEntryRequest, 'version'> & { groupKey: string };

/** A motion with its status, whip count and the keys of the agreement pledges it serves. */
export type DemoMotion = CreateMotionRequest & {
  status: MotionStatus;
  whip: DemoWhipEntry[];
  pledgeKeys: string[];
};

export type DemoFile = { titlePrefix: string; motions: DemoMotion[] };

export type DemoSeedResult = { created: number; skipped: number };

/** The lifecycle steps from draft to a demo motion's status (every step allowed by canTransition). */
export const DEMO_STATUS_PATHS: Partial<Record<MotionStatus, MotionStatus[]>> = {
  draft: [],
  submitted: ['submitted'],
  inDeliberation: ['submitted', 'inDeliberation'],
  onAgenda: ['submitted', 'onAgenda'],
  postponed: ['submitted', 'postponed'],
  referred: ['submitted', 'referred'],
};
