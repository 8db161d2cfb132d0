import {
  MAYOR_KEY,
  type BallotRequest,
  type BallotVote,
  type DraftEntryRequest,
  type GroupCountRequest,
} from '@mehrheitsplaner/shared';
import { expectedKeys, type CouncilDay } from './council-day';
import { VotesError } from './votes.errors';

const VOTES: readonly BallotVote[] = ['yes', 'no', 'abstain', 'notVoting', 'absent'];

function countOf(entry: GroupCountRequest, vote: BallotVote): number {
  return vote === 'notVoting' ? (entry.notVoting ?? 0) : entry[vote];
}

/** The members of a group on that day (MAYOR: the mayor). */
export function membersOf(day: CouncilDay, groupKey: string): number[] {
  if (groupKey === MAYOR_KEY) return day.mayorMemberId === null ? [] : [day.mayorMemberId];
  return [...day.memberGroups].filter(([, key]) => key === groupKey).map(([id]) => id);
}

/** Groups not entered yet, all absent: the running tally counts them as away. */
export function completeCounts(
  day: CouncilDay,
  withMayor: boolean,
  entries: readonly GroupCountRequest[],
): GroupCountRequest[] {
  const entered = new Set(entries.map((entry) => entry.groupKey));
  const seats = new Map(day.groups.map((group) => [group.key, group.seats]));
  const missing = expectedKeys(day, withMayor)
    .filter((key) => !entered.has(key))
    .map((groupKey) => ({
      groupKey,
      yes: 0,
      no: 0,
      abstain: 0,
      absent: groupKey === MAYOR_KEY ? 1 : (seats.get(groupKey) ?? 0),
    }));
  return [...entries, ...missing];
}

/** Deviating members must sit in the group that day, once each, within the group's counts. */
export function checkDeviationsOrThrow(day: CouncilDay, entry: DraftEntryRequest): void {
  const deviations = entry.deviations ?? [];
  const members = new Set(membersOf(day, entry.groupKey));
  const problems: string[] = [];
  const outside = deviations.filter((d) => !members.has(d.memberId)).map((d) => d.memberId);
  if (outside.length > 0) {
    problems.push(`Am ${day.date} nicht in ${entry.groupKey}: ${outside.join(', ')}`);
  }
  if (new Set(deviations.map((d) => d.memberId)).size !== deviations.length) {
    problems.push('Ein Mitglied ist mehrfach als abweichend angegeben');
  }
  for (const vote of VOTES) {
    const listed = deviations.filter((d) => d.vote === vote).length;
    if (listed > countOf(entry, vote)) {
      problems.push(
        `${listed} abweichende Stimmen "${vote}", aber nur ${countOf(entry, vote)} gezählt`,
      );
    }
  }
  if (problems.length > 0) throw new VotesError('INVALID_GROUP_COUNTS', problems.join('; '));
}

/**
 * Per-member ballots from a complete draft, when every group's entry pins them down: the members
 * not listed as deviating all cast the same vote. Otherwise null (the draft records as counts).
 */
export function ballotsFromDraft(
  day: CouncilDay,
  entries: readonly DraftEntryRequest[],
): BallotRequest[] | null {
  const ballots: BallotRequest[] = [];
  for (const entry of entries) {
    const deviations = entry.deviations ?? [];
    const deviating = new Set(deviations.map((d) => d.memberId));
    const rest = membersOf(day, entry.groupKey).filter((id) => !deviating.has(id));
    const remaining = VOTES.filter(
      (vote) => countOf(entry, vote) - deviations.filter((d) => d.vote === vote).length > 0,
    );
    if (rest.length > 0 && remaining.length !== 1) return null;
    ballots.push(...deviations.map(({ memberId, vote }) => ({ memberId, vote })));
    ballots.push(...rest.map((memberId) => ({ memberId, vote: remaining[0] })));
  }
  return ballots;
}
