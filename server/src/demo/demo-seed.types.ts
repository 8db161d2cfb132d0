import type {
  CreateMotionRequest,
  MotionStatus,
  VoteOption,
  VoteSource,
  WhipEntryRequest,
} from '@mehrheitsplaner/shared';

export type DemoWhipEntry = Omit<WhipEntryRequest, 'version'> & { groupKey: string };

/** A motion with its status, whip count and the keys of the agreement pledges it serves. */
export type DemoMotion = CreateMotionRequest & {
  status: MotionStatus;
  whip: DemoWhipEntry[];
  pledgeKeys: string[];
};

/**
 * An open example in demo-motions.json: its meeting `meetingInDays` days after the seed, so the
 * examples of a new install always wait for an upcoming meeting.
 */
export type DemoOpenMotion = Omit<DemoMotion, 'meetingDate'> & { meetingInDays?: number };

export type DemoFile = { titlePrefix: string; motions: DemoOpenMotion[] };

/**
 * How a group voted in an example vote: its line, and per group how many were away and how many
 * chose another option than the line. `by` says how it is recorded: totals per group or one
 * ballot per member (then the members' figures show too).
 */
export type DemoVote = {
  by: VoteSource;
  lines: Record<string, VoteOption>;
  away?: Record<string, number>;
  deviations?: Record<string, Partial<Record<VoteOption, number>>>;
};

/** A motion of the past year, decided in a council meeting `daysAgo` days before the seed. */
export type DemoDecidedMotion = Omit<DemoMotion, 'status' | 'meetingDate'> & { vote: DemoVote };

export type DemoMeeting = { daysAgo: number; motions: DemoDecidedMotion[] };

/** demo-votes.json: a year of council meetings with their recorded votes. */
export type DemoVotesFile = { meetingName: string; meetings: DemoMeeting[] };

/** Motions created (open and decided), motions already there, and votes recorded. */
export type DemoSeedResult = { created: number; skipped: number; votes: number };

/** The lifecycle steps from draft to a demo motion's status (every step allowed by canTransition). */
export const DEMO_STATUS_PATHS: Partial<Record<MotionStatus, MotionStatus[]>> = {
  draft: [],
  submitted: ['submitted'],
  inDeliberation: ['submitted', 'inDeliberation'],
  onAgenda: ['submitted', 'onAgenda'],
  postponed: ['submitted', 'postponed'],
  referred: ['submitted', 'referred'],
};
