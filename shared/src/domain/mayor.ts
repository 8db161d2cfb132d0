/**
 * Whether the mayor votes (domain.md "Vote counting", § 40 GO NRW), the one statement of the rule
 * for server and client: in the council when its setting says so and a mayor exists; on a motion
 * when he votes in the council and the motion does not say otherwise (§ 40 Abs. 2, e.g.
 * committee staffing).
 */
export function mayorVotesInCouncil(setting: boolean, hasMayor: boolean): boolean {
  return setting && hasMayor;
}

/** `council.mayorVotes` is the council-level answer (mayorVotesInCouncil). */
export function mayorVotesOn(
  council: { mayorVotes: boolean },
  motion: { mayorVotes: boolean },
): boolean {
  return council.mayorVotes && motion.mayorVotes;
}

/** V, the statutory voting members: the seats, plus the mayor when he votes. */
export function votingMembersOf(seats: number, withMayor: boolean): number {
  return seats + (withMayor ? 1 : 0);
}
