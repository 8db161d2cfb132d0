import {
  MAYOR_KEY,
  VOTE_OPTIONS,
  type BallotRequest,
  type GroupCountRequest,
  type VoteOption,
} from '@mehrheitsplaner/shared';
import type { CouncilSnapshot } from '../council/council-snapshot';
import type { DemoVote } from './demo-seed.types';

/** The day `days` before `today` (both YYYY-MM-DD), by the calendar. */
export function daysBefore(today: string, days: number): string {
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
}

/**
 * The example vote's totals per group against the council of that day: the absent members and
 * the deviating ones as the data says, every other seat on the group's line. Throws (German) when
 * a group of that day has no line or more exceptions than seats.
 */
export function demoGroupCounts(
  day: { date: string; groups: readonly { key: string; seats: number }[] },
  withMayor: boolean,
  vote: DemoVote,
): GroupCountRequest[] {
  const seats = day.groups
    .filter((group) => group.seats > 0)
    .map((group) => ({ key: group.key, seats: group.seats }));
  if (withMayor) seats.push({ key: MAYOR_KEY, seats: 1 });
  return seats.map(({ key, seats: total }) => {
    const line = vote.lines[key];
    if (!line) throw new Error(`Beispielabstimmung: keine Linie für ${key} am ${day.date}`);
    const counts: GroupCountRequest = { groupKey: key, yes: 0, no: 0, abstain: 0, absent: 0 };
    counts.absent = vote.away?.[key] ?? 0;
    const deviations = vote.deviations?.[key] ?? {};
    for (const option of VOTE_OPTIONS) counts[option] += deviations[option] ?? 0;
    const onLine = total - counts.absent - VOTE_OPTIONS.reduce((sum, o) => sum + counts[o], 0);
    if (onLine < 0) {
      throw new Error(`Beispielabstimmung: ${key} hat am ${day.date} nur ${total} Sitze`);
    }
    counts[line] += onLine;
    return counts;
  });
}

/**
 * The same totals as one ballot per member: each group's members (by id, rotated by `turn` so
 * not always the same ones are away or deviate) take the group's absences, deviations and line.
 */
export function demoBallots(
  day: Pick<CouncilSnapshot, 'memberGroups' | 'mayorMemberId'>,
  counts: readonly GroupCountRequest[],
  turn: number,
): BallotRequest[] {
  const membersOf = new Map<string, number[]>();
  for (const [memberId, groupKey] of day.memberGroups) {
    membersOf.set(groupKey, [...(membersOf.get(groupKey) ?? []), memberId]);
  }
  if (day.mayorMemberId !== null) membersOf.set(MAYOR_KEY, [day.mayorMemberId]);
  return counts.flatMap((count) => {
    const members = [...(membersOf.get(count.groupKey) ?? [])].sort((a, b) => a - b);
    const shift = members.length === 0 ? 0 : turn % members.length;
    const rotated = [...members.slice(shift), ...members.slice(0, shift)];
    const votes: BallotRequest['vote'][] = [
      ...Array<'absent'>(count.absent).fill('absent'),
      ...minorityFirst(count).flatMap((option) => Array<VoteOption>(count[option]).fill(option)),
    ];
    return rotated.map((memberId, i) => ({ memberId, vote: votes[i] }));
  });
}

/** Options by how many took them, fewest first: the deviating members come before the line. */
function minorityFirst(count: GroupCountRequest): VoteOption[] {
  return [...VOTE_OPTIONS].sort((a, b) => count[a] - count[b]);
}
