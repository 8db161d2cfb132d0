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

const TRANSITIONS: Record<MotionStatus, readonly MotionStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['inDeliberation', 'onAgenda', 'withdrawn', 'postponed', 'referred'],
  inDeliberation: ['onAgenda', 'withdrawn', 'postponed', 'referred'],
  onAgenda: ['adopted', 'rejected', 'withdrawn', 'postponed', 'referred'],
  postponed: ['inDeliberation', 'onAgenda', 'withdrawn'],
  referred: ['inDeliberation', 'onAgenda', 'withdrawn'],
  adopted: [],
  rejected: [],
  withdrawn: [],
};

/** The statuses a motion may move to next. Voted and withdrawn motions are final. */
export function nextStatuses(status: MotionStatus): readonly MotionStatus[] {
  return TRANSITIONS[status];
}

export function canTransition(from: MotionStatus, to: MotionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Whether whip counts may still change: not after the vote or a withdrawal. */
export function isOpenForWhip(status: MotionStatus): boolean {
  return TRANSITIONS[status].length > 0;
}
