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
