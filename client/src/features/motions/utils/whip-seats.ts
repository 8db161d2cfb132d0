import { VOTE_OPTIONS } from '@mehrheitsplaner/shared';
import type { WhipDraft } from './whip-draft';

/** Where the seats of one whip row go: split counts, expected absences, member overrides. */
export type SeatAccount = {
  seats: number;
  split: number;
  absent: number;
  overrides: number;
  /** Seats nobody accounted for (only a split leaves them: every other stance is the line). */
  remainder: number;
  /** The row says more than the group has: the server refuses it (EXCEEDS_SEATS). */
  over: boolean;
};

/**
 * The seat check of domain.md / api.md for a whip row: split + absent + member overrides may not
 * exceed the group's seats. A split below the seats would count the rest as absent without
 * anyone saying so, so the editor asks where they go before it saves.
 */
export function seatAccount(draft: WhipDraft, seats: number): SeatAccount {
  const split =
    draft.stance === 'split' ? VOTE_OPTIONS.reduce((sum, key) => sum + draft.split[key], 0) : 0;
  const overrides = Object.keys(draft.members).length;
  const total = split + draft.absent + overrides;
  return {
    seats,
    split,
    absent: draft.absent,
    overrides,
    remainder: draft.stance === 'split' ? Math.max(0, seats - total) : 0,
    over: total > seats,
  };
}

/** Assigns a split's unaccounted seats to one option or to the expected absences. */
export function withRemainder(
  draft: WhipDraft,
  seats: number,
  target: 'yes' | 'no' | 'abstain' | 'absent',
): WhipDraft {
  const { remainder } = seatAccount(draft, seats);
  if (remainder === 0) return draft;
  if (target === 'absent') return { ...draft, absent: draft.absent + remainder };
  return { ...draft, split: { ...draft.split, [target]: draft.split[target] + remainder } };
}
