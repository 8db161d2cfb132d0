import { expectedBlocks, toWhipCountInput, whipCouncilOfView } from '@mehrheitsplaner/shared';
import type {
  CouncilView,
  MemberView,
  MotionView,
  VoteBlock,
  WhipCountInput,
  WhipEntryView,
} from '@mehrheitsplaner/shared';

/** How one seat is expected to vote in the hemicycle. */
export type SeatVote = 'yes' | 'no' | 'abstain' | 'absent';

/** Seat fills by expected vote: Ja green, Nein red, Enthaltung grey, abwesend light. */
export const SEAT_VOTE_COLOURS: Record<SeatVote, string> = {
  yes: '#1d7a3d',
  no: '#b42318',
  abstain: '#7b8494',
  absent: '#e4e8ef',
};

/** The engine's input for the whip count shown (the shared mapping the server's tally uses). */
export function whipCountInput(
  council: CouncilView,
  members: readonly MemberView[],
  motion: Pick<MotionView, 'mayorVotes' | 'requiredMajority'>,
  entries: readonly WhipEntryView[],
): WhipCountInput {
  return toWhipCountInput(whipCouncilOfView(council, members), motion, entries);
}

/** One vote per seat of a block, in the order yes, no, abstain, then absent. */
export function seatsOfBlock(block: VoteBlock): SeatVote[] {
  return [
    ...Array<SeatVote>(block.yes).fill('yes'),
    ...Array<SeatVote>(block.no).fill('no'),
    ...Array<SeatVote>(block.abstain + (block.notVoting ?? 0)).fill('abstain'),
    ...Array<SeatVote>(block.absent).fill('absent'),
  ];
}

/** Expected vote per seat, by group key (MAYOR included when he votes). */
export function expectedSeatVotes(input: WhipCountInput): Map<string, SeatVote[]> {
  return new Map(expectedBlocks(input).map((block) => [block.key, seatsOfBlock(block)]));
}
