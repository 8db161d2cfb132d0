import { canTransition, nextStatuses, type MotionStatus } from '@mehrheitsplaner/shared';
import { MotionsError } from './motions.errors';

/** Throws INVALID_TRANSITION (409) naming from → to unless the lifecycle allows the step. */
export function checkTransitionOrThrow(from: MotionStatus, to: MotionStatus): void {
  if (from === to || canTransition(from, to)) return;
  const allowed = nextStatuses(from);
  throw new MotionsError(
    'INVALID_TRANSITION',
    `Statuswechsel ${from} → ${to} ist nicht erlaubt` +
      (allowed.length > 0 ? ` (möglich: ${allowed.join(', ')})` : ` (${from} ist abgeschlossen)`),
  );
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
