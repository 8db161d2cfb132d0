import { MAYOR_KEY } from '@mehrheitsplaner/shared';

export type CouncilDayGroup = { key: string; excluded: boolean; coalition: boolean; seats: number };

/** The council as it stood on one day: what recording a vote of that day checks against. */
export type CouncilDay = {
  date: string;
  /** Every group, with its seats on that day (0 when it had no members then). */
  groups: CouncilDayGroup[];
  /** memberId → group that day, for members whose membership covers the day. */
  memberGroups: Map<number, string>;
  knownMemberIds: Set<number>;
  mayorMemberId: number | null;
  /** The council's setting and a mayor exists. */
  mayorVotes: boolean;
};

/** The mayor votes on this motion: the council says so, he exists, and the motion agrees. */
export function mayorVotesOn(day: CouncilDay, motion: { mayorVotes: boolean }): boolean {
  return day.mayorVotes && motion.mayorVotes;
}

/** The group keys a vote of that day must cover: groups with seats, and MAYOR when he votes. */
export function expectedKeys(day: CouncilDay, withMayor: boolean): string[] {
  const keys = day.groups.filter((group) => group.seats > 0).map((group) => group.key);
  return withMayor ? [...keys, MAYOR_KEY] : keys;
}

/** V: the seats of that day, plus the mayor when he votes. */
export function votingMembersOn(day: CouncilDay, withMayor: boolean): number {
  return day.groups.reduce((sum, group) => sum + group.seats, 0) + (withMayor ? 1 : 0);
}
