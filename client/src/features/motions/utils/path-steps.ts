import { COUNCIL_BODY_KEY } from '@mehrheitsplaner/shared';
import type { BodyMemberView, ConsultationView, MemberView } from '@mehrheitsplaner/shared';

/**
 * The step other than the Rat's whose count the page shows, or null for the Rat's (the motion's
 * own): also when the chosen step is no longer on the path (removed elsewhere).
 */
export function shownStep(
  steps: readonly ConsultationView[],
  selectedId: number | null,
): ConsultationView | null {
  return steps.find((step) => step.id === selectedId && step.bodyKey !== COUNCIL_BODY_KEY) ?? null;
}

export function ratStepOf(steps: readonly ConsultationView[]): ConsultationView | undefined {
  return steps.find((step) => step.bodyKey === COUNCIL_BODY_KEY);
}

/**
 * A body's members on a step's date as the whip count names them: by person (overrides name the
 * person, not the seat), with no mayor outside the Rat. A chair whose seat does not vote is no
 * voter there (api.md, bodies) and so offered for no override.
 */
export function stepVoters(members: readonly BodyMemberView[], chairVotes: boolean): MemberView[] {
  return members
    .filter((member) => chairVotes || member.role !== 'chair')
    .map((member) => ({
      id: member.personId,
      name: member.name,
      groupKey: member.groupKey,
      isMayor: false,
      version: member.version,
    }));
}
