import type { BodyRole, BodyRules } from '@mehrheitsplaner/shared';
import type { CouncilSnapshot, SnapshotGroup } from '../council/council-snapshot';
import type { BodyMembershipEntity } from './body-membership.entity';
import { memberGroupsOn, seatsByGroup } from '../council/council-snapshot';

/** The rows a body's snapshot is made of (the Rat's are the council module's). */
export type BodyRows = {
  chairVotes: boolean;
  /** The body's quorum and majority rules: the engine counts its steps under them. */
  rules: BodyRules;
  /** The council's groups in chart order: flags (excluded, coalition) are council-wide. */
  groups: ReadonlyArray<Omit<SnapshotGroup, 'seats'>>;
  memberships: ReadonlyArray<{
    memberId: number;
    groupKey: string;
    from: string;
    to: string | null;
    role: BodyRole;
  }>;
};

/** Stored memberships (member and group loaded) as snapshot rows. */
export function bodyMembershipRows(
  memberships: readonly BodyMembershipEntity[],
): BodyRows['memberships'] {
  return memberships.map(({ member, group, from, to, role }) => ({
    memberId: member.id,
    groupKey: group.key,
    from,
    to,
    role,
  }));
}

/**
 * A body other than the Rat as it stood on `date`, in the council snapshot's shape, so the engine
 * counts it the same way: no mayor, each group's seats are its members that day, and V is the
 * sum. A chair whose seat does not vote (`chairVotes` false) is left out of the seats and of
 * `memberGroups`, so the chair is no voter, counts for neither quorum nor V, and a ballot of theirs
 * is refused as from a non-member; `knownMemberIds` still names them. The body's rules ride along,
 * so every tally, certainty, builder option and recorded vote of a step in it counts under them.
 */
export function toBodySnapshot(rows: BodyRows, date: string): CouncilSnapshot {
  const voters = rows.memberships.filter(
    (membership) => rows.chairVotes || membership.role !== 'chair',
  );
  const memberGroups = memberGroupsOn(voters, date);
  const seatsOfGroup = seatsByGroup(memberGroups);
  const groups = rows.groups.map(({ key, excluded, coalition }) => ({
    key,
    excluded,
    coalition,
    seats: seatsOfGroup.get(key) ?? 0,
  }));
  return {
    date,
    groups,
    mayorVotes: false,
    mayorMemberId: null,
    seats: groups.reduce((sum, group) => sum + group.seats, 0),
    memberGroups,
    knownMemberIds: new Set(rows.memberships.map((membership) => membership.memberId)),
    groupOfMember: (memberId) => memberGroups.get(memberId),
    rules: rows.rules,
  };
}

/**
 * What GET /api/bodies shows of a body on `date`: every seat (the chair's too), V, and each
 * group's voting seats (what a whip line of the group can place).
 */
export function bodyFigures(rows: BodyRows, date: string) {
  const everySeat = toBodySnapshot({ ...rows, chairVotes: true }, date);
  const voting = toBodySnapshot(rows, date);
  return {
    votingSeatsByGroup: seatsByGroup(voting.memberGroups),
    seats: everySeat.seats,
    votingMembers: voting.seats,
  };
}
