import type {
  Certainty,
  ConsultationView,
  CouncilView,
  HistoryVoteDetail,
  MemberView,
  MotionView,
} from '@mehrheitsplaner/shared';
import { COUNCIL_BODY_KEY } from '@mehrheitsplaner/shared';
import type { NoteReader } from '../../live/utils/cache-merge';
import { ratStepOf, shownStep } from '../utils/path-steps';
import type { MotionData } from './use-motion';
import type { MotionPath } from './use-motion-path';
import { useMotionVote } from './use-motion-vote';
import { useStepBody } from './use-step-body';
import { useWhipCount, type CountReads, type WhipCount } from './use-whip-count';

/** The count the motion page shows: the Rat's (the motion's own) or the chosen step's. */
export type ShownCount = Omit<WhipCount, 'error'> & {
  /** The chosen step other than the Rat's; null: the Rat's. */
  step: ConsultationView | null;
  bodyKey: string;
  bodyName: string;
  /** The body in the council's shape on the step's date; null while a committee's loads. */
  council: CouncilView | null;
  /** Its voting members (the override choices and the chart's names). */
  members: MemberView[];
  certainty: Certainty | null;
  vote: HistoryVoteDetail | null;
  /** Whip lines may still change: the motion is open and so is the step. */
  open: boolean;
};

type ShownCountInput = {
  motionId: number;
  motion: MotionView | null;
  path: MotionPath;
  selectedId: number | null;
  council: CouncilView;
  members: MemberView[];
  reads: CountReads;
  mayRead: NoteReader;
  /** The motion's own count (useMotion), shown for the Rat. */
  rat: MotionData;
  open: boolean;
};

const NOTHING: CountReads = { scenarios: false, whip: false, details: false };

/**
 * Which body's figures the page shows. The Rat's step stays the default and is where the page
 * falls back when the chosen step leaves the path. A committee's count, body and vote are only
 * loaded while it is chosen.
 */
export function useShownCount(input: ShownCountInput): ShownCount {
  const { motionId, path, rat, reads, mayRead } = input;
  const step = shownStep(path.steps, input.selectedId);
  const stepCount = useWhipCount(
    { motionId, stepId: step?.id ?? 0 },
    step ? reads : NOTHING,
    mayRead,
  );
  const body = useStepBody(step);
  const vote = useMotionVote(motionId, reads.scenarios, step?.id ?? ratStepOf(path.steps)?.id);
  if (!step) {
    return {
      step,
      bodyKey: COUNCIL_BODY_KEY,
      bodyName: path.bodyNames.get(COUNCIL_BODY_KEY) ?? input.council.name,
      council: input.council,
      members: input.members,
      entries: rat.entries,
      tally: rat.tally,
      history: rat.history,
      saveWhip: rat.saveWhip,
      reloadWhip: rat.reloadWhip,
      certainty: input.motion?.certainty ?? null,
      vote,
      open: input.open,
    };
  }
  return {
    step,
    bodyKey: step.bodyKey,
    bodyName: path.bodyNames.get(step.bodyKey) ?? step.bodyKey,
    council: body.body,
    members: body.voters,
    entries: stepCount.entries,
    tally: stepCount.tally,
    history: stepCount.history,
    saveWhip: stepCount.saveWhip,
    reloadWhip: stepCount.reloadWhip,
    // The path's entry is kept current by tally events too; the step's own tally once loaded.
    certainty: stepCount.tally?.certainty ?? step.certainty,
    vote,
    open: input.open && step.status === 'open',
  };
}
