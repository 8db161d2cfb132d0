import { expectedBlocks } from '@mehrheitsplaner/shared';
import type {
  AgendaItemView,
  CouncilView,
  DraftEntryRequest,
  DraftView,
  MemberView,
  MotionView,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import { whipCountInput } from '../../motions/utils/seat-votes';

export type GroupCounts = Pick<DraftEntryRequest, 'yes' | 'no' | 'abstain' | 'absent'>;
export const COUNT_FIELDS = ['yes', 'no', 'abstain', 'absent'] as const;

/**
 * The suggested entry per group (and MAYOR): its seats split as the whip count expects them
 * (unknown or free stances and unassigned members count as absent until the manager enters them).
 */
export function prefilledEntries(
  council: CouncilView,
  members: readonly MemberView[],
  motion: Pick<MotionView, 'mayorVotes' | 'requiredMajority'>,
  whip: readonly WhipEntryView[],
): DraftEntryRequest[] {
  return expectedBlocks(whipCountInput(council, members, motion, whip)).map((block) => ({
    groupKey: block.key,
    yes: block.yes,
    no: block.no,
    abstain: block.abstain,
    absent: block.absent,
  }));
}

/** What the manager sees in a row: the entered draft entry if there is one, else the prefill. */
export function rowEntry(
  groupKey: string,
  draft: DraftView | null,
  prefill: readonly DraftEntryRequest[],
): { entry: DraftEntryRequest; entered: boolean } {
  const entered = draft?.entries.find((entry) => entry.groupKey === groupKey);
  if (entered) return { entry: entered, entered: true };
  const suggested = prefill.find((entry) => entry.groupKey === groupKey);
  return {
    entry: suggested ?? { groupKey, yes: 0, no: 0, abstain: 0, absent: 0 },
    entered: false,
  };
}

export function sumOf(counts: GroupCounts): number {
  return counts.yes + counts.no + counts.abstain + counts.absent;
}

/** The agenda position a step lands on (Zurück/Weiter stay inside the agenda). */
export function stepIndex(index: number, step: -1 | 1, items: readonly AgendaItemView[]): number {
  return Math.min(Math.max(index + step, 0), Math.max(items.length - 1, 0));
}

/** The agenda item to open first: the first with a motion and no recorded vote, else the first. */
export function firstOpenIndex(items: readonly AgendaItemView[]): number {
  const index = items.findIndex((item) => item.motionId !== null && item.voteId === null);
  return index === -1 ? 0 : index;
}
