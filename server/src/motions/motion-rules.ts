import {
  canRecordVote,
  canTransition,
  isVoted,
  nextStatuses,
  type MotionStatus,
} from '@mehrheitsplaner/shared';
import { MotionsError } from './motions.errors';

/** The German words of the statuses, for the server's own messages (clients word the codes). */
export const STATUS_WORDS: Record<MotionStatus, string> = {
  draft: 'Entwurf',
  submitted: 'eingereicht',
  inDeliberation: 'in Beratung',
  onAgenda: 'auf der Tagesordnung',
  adopted: 'angenommen',
  rejected: 'abgelehnt',
  withdrawn: 'zurückgezogen',
  postponed: 'vertagt',
  referred: 'verwiesen',
};

function quoted(status: MotionStatus): string {
  return `„${STATUS_WORDS[status]}“`;
}

/**
 * Throws unless a plain status change may take the step: adopted/rejected only by recording a
 * vote (STATUS_NEEDS_VOTE, 409), any other step along the lifecycle (INVALID_TRANSITION, 409).
 */
export function checkTransitionOrThrow(from: MotionStatus, to: MotionStatus): void {
  if (from === to || canTransition(from, to)) return;
  if (isVoted(to) && canRecordVote(from)) {
    throw new MotionsError(
      'STATUS_NEEDS_VOTE',
      `${quoted(to)} ergibt sich nur aus einer erfassten Abstimmung: ` +
        'bitte das Ergebnis in der Sitzung oder am Antrag erfassen',
    );
  }
  const allowed = nextStatuses(from);
  throw new MotionsError(
    'INVALID_TRANSITION',
    `Statuswechsel ${quoted(from)} → ${quoted(to)} ist nicht erlaubt` +
      (allowed.length > 0
        ? ` (möglich: ${allowed.map(quoted).join(', ')})`
        : ` (${quoted(from)} ist abgeschlossen)`),
  );
}

/** Why a vote cannot be recorded for a motion in this status (withdrawn or voted already). */
export function voteRefusalText(status: MotionStatus): string {
  return isVoted(status)
    ? `Über den Antrag wurde bereits abgestimmt (${quoted(status)})`
    : `Über einen Antrag im Status ${quoted(status)} kann nicht abgestimmt werden`;
}

export function staleMotionError(currentVersion: number): MotionsError {
  return new MotionsError(
    'MOTION_VERSION_CONFLICT',
    `Der Antrag wurde inzwischen geändert (Version ${currentVersion}). Bitte neu laden.`,
  );
}

/** `%`, `_` and `\` match literally in a LIKE pattern with ESCAPE '\'. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE condition of a `sponsor` filter on the motion alias `m`: sponsorGroupKeys is stored
 * as a JSON array of strings, so the quoted key is matched. Both sides are lowercased because
 * SQLite's LIKE ignores case and PostgreSQL's does not; the filter means the same on both.
 */
export function sponsorCondition(sponsor: string): [string, { sponsor: string }] {
  return [
    `LOWER(m.sponsorGroupKeys) LIKE :sponsor ESCAPE '\\'`,
    { sponsor: likePattern(JSON.stringify(sponsor)) },
  ];
}
