import { MAYOR_KEY, expectedBlocks } from '@mehrheitsplaner/shared';
import type {
  CouncilView,
  MemberView,
  MotionView,
  VoteBlock,
  WhipCountInput,
  WhipEntryView,
  WhipGroupInput,
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

function groupInput(
  base: Pick<WhipGroupInput, 'key' | 'seats' | 'excluded' | 'isMayor'>,
  entry: WhipEntryView | undefined,
  memberGroup: (memberId: number) => string | null | undefined,
): WhipGroupInput {
  if (!entry) return { ...base, stance: 'unknown', confidence: 'uncertain', absent: 0 };
  const overrides = entry.members
    .filter((member) =>
      base.isMayor
        ? memberGroup(member.memberId) === null
        : memberGroup(member.memberId) === base.key,
    )
    .map((member) => member.vote);
  return {
    ...base,
    stance: entry.stance,
    confidence: entry.confidence,
    absent: Math.min(entry.absent, base.seats),
    ...(entry.split ? { split: entry.split } : {}),
    overrides,
  };
}

/** The engine's input for the whip count shown (same mapping as the server's tally). */
export function whipCountInput(
  council: CouncilView,
  members: readonly MemberView[],
  motion: Pick<MotionView, 'mayorVotes' | 'requiredMajority'>,
  entries: readonly WhipEntryView[],
): WhipCountInput {
  const byKey = new Map(entries.map((entry) => [entry.groupKey, entry]));
  const memberGroups = new Map(members.map((m) => [m.id, m.isMayor ? null : m.groupKey]));
  const memberGroup = (id: number) => memberGroups.get(id);
  const groups = council.groups.map((group) =>
    groupInput(
      { key: group.key, seats: group.seats, excluded: group.excluded },
      byKey.get(group.key),
      memberGroup,
    ),
  );
  const withMayor = council.mayorVotes && motion.mayorVotes && council.mayor !== null;
  if (withMayor) {
    groups.push(
      groupInput(
        { key: MAYOR_KEY, seats: 1, excluded: false, isMayor: true },
        byKey.get(MAYOR_KEY),
        memberGroup,
      ),
    );
  }
  return {
    votingMembers: council.seats + (withMayor ? 1 : 0),
    requiredMajority: motion.requiredMajority,
    groups,
  };
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
