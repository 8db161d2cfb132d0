import type { CouncilView } from '@mehrheitsplaner/shared';

export type SnapshotGroup = { key: string; seats: number; excluded: boolean; coalition: boolean };

/**
 * What counting needs to know of the council today: groups with their current seats, whether a
 * mayor exists and votes, and each current member's group (for whip member overrides).
 */
export type CouncilSnapshot = {
  date: string;
  groups: SnapshotGroup[];
  /** The council's setting AND a mayor exists. A motion can still say the mayor does not vote. */
  mayorVotes: boolean;
  mayorMemberId: number | null;
  seats: number;
  /** memberId → current group key (the mayor is not in it). */
  memberGroups: Map<number, string>;
  /** A member's current group; null for the mayor (shared WhipCouncil). */
  groupOfMember: (memberId: number) => string | null | undefined;
};

export function toSnapshot(
  view: CouncilView,
  date: string,
  mayorMemberId: number | null,
  memberGroups: Map<number, string>,
): CouncilSnapshot {
  return {
    date,
    groups: view.groups.map(({ key, seats, excluded, coalition }) => ({
      key,
      seats,
      excluded,
      coalition,
    })),
    mayorVotes: view.mayorVotes && mayorMemberId !== null,
    mayorMemberId,
    seats: view.seats,
    memberGroups,
    groupOfMember: (memberId) => (memberId === mayorMemberId ? null : memberGroups.get(memberId)),
  };
}
