/**
 * The life of a motion (Antrag / Vorlage): Entwurf → eingereicht → in Beratung → auf Tagesordnung →
 * abgestimmt (angenommen / abgelehnt), or zurückgezogen / vertagt / verwiesen on the way.
 */
export const MOTION_STATUSES = [
  'draft',
  'submitted',
  'inDeliberation',
  'onAgenda',
  'adopted',
  'rejected',
  'withdrawn',
  'postponed',
  'referred',
] as const;
export type MotionStatus = (typeof MOTION_STATUSES)[number];

export const MOTION_TYPES = ['antrag', 'vorlage'] as const;
export type MotionType = (typeof MOTION_TYPES)[number];

/** The statuses only a recorded vote sets (and only voiding that vote leaves). */
export const VOTED_STATUSES = ['adopted', 'rejected'] as const satisfies readonly MotionStatus[];
export type VotedStatus = (typeof VOTED_STATUSES)[number];

/**
 * The steps a plain status change may take (domain.md, "Motion lifecycle"). adopted and rejected
 * are not among them: a vote is a fact, so only recording one decides a motion. Putting a motion
 * on an agenda moves it to onAgenda from any open status (see statusOnAgenda).
 */
const TRANSITIONS: Record<MotionStatus, readonly MotionStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['inDeliberation', 'onAgenda', 'withdrawn', 'postponed', 'referred'],
  inDeliberation: ['onAgenda', 'withdrawn', 'postponed', 'referred'],
  onAgenda: ['withdrawn', 'postponed', 'referred'],
  postponed: ['inDeliberation', 'onAgenda', 'withdrawn'],
  referred: ['inDeliberation', 'onAgenda', 'withdrawn'],
  adopted: [],
  rejected: [],
  withdrawn: [],
};

export function isVoted(status: MotionStatus): status is VotedStatus {
  return (VOTED_STATUSES as readonly MotionStatus[]).includes(status);
}

/** Neither voted nor withdrawn: the motion can still be whipped, put on an agenda and voted on. */
export function isOpenMotion(status: MotionStatus): boolean {
  return !isVoted(status) && status !== 'withdrawn';
}

/** The statuses a plain status change may move a motion to next. Voted and withdrawn are final. */
export function nextStatuses(status: MotionStatus): readonly MotionStatus[] {
  return TRANSITIONS[status];
}

export function canTransition(from: MotionStatus, to: MotionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * A vote can be recorded for every open motion, also a draft (the council may vote on an urgent
 * motion that was never on the agenda); it sets adopted or rejected.
 */
export function canRecordVote(status: MotionStatus): boolean {
  return isOpenMotion(status);
}

/**
 * The status a motion takes when an agenda item links it: onAgenda from any open status, or null
 * when nothing changes (already on an agenda, voted or withdrawn: a link to a past motion is
 * only a reference).
 */
export function statusOnAgenda(status: MotionStatus): 'onAgenda' | null {
  return isOpenMotion(status) && status !== 'onAgenda' ? 'onAgenda' : null;
}

/** Whether whip counts may still change: not after the vote or a withdrawal. */
export function isOpenForWhip(status: MotionStatus): boolean {
  return isOpenMotion(status);
}
