import { mayorVotesInCouncil, votingMembersOf, type BodyRules } from '@mehrheitsplaner/shared';
import type { MembershipEntity } from './membership.entity';
import { coversDate } from './membership-rules';

export type SnapshotGroup = { key: string; seats: number; excluded: boolean; coalition: boolean };

/**
 * The council as it stood on one day, the one shape for "the council on date X": groups with
 * their seats that day (0 when they had no members), whether the mayor votes, and each member's
 * group that day. Whip counts use today's; a recorded vote uses its day's.
 */
export type CouncilSnapshot = {
  date: string;
  /** Every group in chart order, with its seats on `date`. */
  groups: SnapshotGroup[];
  /** mayorVotesInCouncil: the council's setting AND a mayor exists. A motion can still say no. */
  mayorVotes: boolean;
  mayorMemberId: number | null;
  /** The groups' seats on `date` (the mayor not included). */
  seats: number;
  /** memberId → group on `date`, for members whose membership covers it (not the mayor). */
  memberGroups: Map<number, string>;
  /** Every member ever entered, the mayor included. */
  knownMemberIds: Set<number>;
  /** A member's group on `date`; null for the mayor (shared WhipCouncil). */
  groupOfMember: (memberId: number) => string | null | undefined;
  /** A body's own quorum and majority rules (shared WhipCouncil); the Rat has none: GO NRW's. */
  rules?: BodyRules;
};

/** The rows a snapshot is made of, as the council module stores them. */
export type CouncilRows = {
  mayorSetting: boolean;
  /** In chart order. */
  groups: ReadonlyArray<{ key: string; excluded: boolean; coalition: boolean }>;
  members: ReadonlyArray<{ id: number; isMayor: boolean }>;
  memberships: ReadonlyArray<{
    memberId: number;
    groupKey: string;
    from: string;
    to: string | null;
  }>;
};

/** Stored memberships (loaded with their member) as snapshot rows. */
export function membershipRows(
  memberships: readonly MembershipEntity[],
): CouncilRows['memberships'] {
  return memberships.map(({ member, group, from, to }) => ({
    memberId: member.id,
    groupKey: group.key,
    from,
    to,
  }));
}

/** memberId → group on `date`: the memberships that cover that day. */
export function memberGroupsOn(memberships: CouncilRows['memberships'], date: string) {
  const memberGroups = new Map<number, string>();
  for (const membership of memberships) {
    if (coversDate(membership, date)) memberGroups.set(membership.memberId, membership.groupKey);
  }
  return memberGroups;
}

/** Seats per group: a group's seats are its members (members are the truth, api.md). */
export function seatsByGroup(memberGroups: ReadonlyMap<number, string>): Map<string, number> {
  const seats = new Map<string, number>();
  for (const groupKey of memberGroups.values()) seats.set(groupKey, (seats.get(groupKey) ?? 0) + 1);
  return seats;
}

export function toSnapshot(rows: CouncilRows, date: string): CouncilSnapshot {
  const memberGroups = memberGroupsOn(rows.memberships, date);
  const seatsOfGroup = seatsByGroup(memberGroups);
  const mayorMemberId = rows.members.find((member) => member.isMayor)?.id ?? null;
  const groups = rows.groups.map(({ key, excluded, coalition }) => ({
    key,
    excluded,
    coalition,
    seats: seatsOfGroup.get(key) ?? 0,
  }));
  return {
    date,
    groups,
    mayorVotes: mayorVotesInCouncil(rows.mayorSetting, mayorMemberId !== null),
    mayorMemberId,
    seats: groups.reduce((sum, group) => sum + group.seats, 0),
    memberGroups,
    knownMemberIds: new Set(rows.members.map((member) => member.id)),
    groupOfMember: (memberId) => (memberId === mayorMemberId ? null : memberGroups.get(memberId)),
  };
}

/** V on this day for one motion's mayor rule. */
export function votingMembersOn(snapshot: CouncilSnapshot, withMayor: boolean): number {
  return votingMembersOf(snapshot.seats, withMayor);
}
