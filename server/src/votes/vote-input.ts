import {
  ballotFacts,
  MAYOR_KEY,
  voteLines,
  type BallotFacts,
  type BallotRequest,
  type BallotVote,
  type GroupCountRequest,
  type RecordedBlock,
} from '@mehrheitsplaner/shared';
import { expectedKeys, type CouncilDay } from './council-day';
import { VotesError } from './votes.errors';

export type BallotRow = { memberId: number; groupKey: string | null; vote: BallotVote };
export type BallotRowWithFacts = BallotRow & BallotFacts;

/** Zeroed blocks for every group with seats that day (and the mayor when he votes). */
function emptyBlocks(day: CouncilDay, withMayor: boolean): Map<string, RecordedBlock> {
  const blocks = new Map<string, RecordedBlock>();
  for (const group of day.groups.filter((g) => g.seats > 0)) {
    blocks.set(group.key, {
      key: group.key,
      excluded: group.excluded,
      coalition: group.coalition,
      yes: 0,
      no: 0,
      abstain: 0,
      notVoting: 0,
      absent: 0,
    });
  }
  if (withMayor) {
    blocks.set(MAYOR_KEY, {
      key: MAYOR_KEY,
      excluded: false,
      coalition: false,
      isMayor: true,
      yes: 0,
      no: 0,
      abstain: 0,
      notVoting: 0,
      absent: 0,
    });
  }
  return blocks;
}

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

function failIf(code: 'INVALID_BALLOTS' | 'INVALID_GROUP_COUNTS', problems: string[]): void {
  if (problems.length > 0) throw new VotesError(code, problems.join('; '));
}

/**
 * Per-member ballots → the blocks of the vote. Every ballot must name a member of the council on
 * that day (or the mayor when he votes), once; every such member must have a ballot.
 */
export function blocksFromBallots(
  day: CouncilDay,
  withMayor: boolean,
  ballots: readonly BallotRequest[],
): { blocks: RecordedBlock[]; rows: BallotRow[] } {
  const problems: string[] = [];
  const repeated = duplicates(ballots.map((ballot) => ballot.memberId));
  if (repeated.length > 0) problems.push(`Mehrfache Stimmen von Mitglied ${repeated.join(', ')}`);
  const unknown = ballots.filter((b) => !day.knownMemberIds.has(b.memberId)).map((b) => b.memberId);
  if (unknown.length > 0) problems.push(`Unbekannte Mitglieder: ${unknown.join(', ')}`);
  const isMayor = (id: number) => id === day.mayorMemberId;
  const outside = ballots
    .map((b) => b.memberId)
    .filter((id) => day.knownMemberIds.has(id) && !day.memberGroups.has(id) && !isMayor(id));
  if (outside.length > 0) {
    problems.push(`Am ${day.date} nicht Mitglied des Rates: ${outside.join(', ')}`);
  }
  if (!withMayor && ballots.some((b) => isMayor(b.memberId))) {
    problems.push('Der Oberbürgermeister stimmt über diesen Antrag nicht ab');
  }
  const given = new Set(ballots.map((b) => b.memberId));
  const missing = [...day.memberGroups.keys()].filter((id) => !given.has(id));
  if (withMayor && day.mayorMemberId !== null && !given.has(day.mayorMemberId)) {
    missing.push(day.mayorMemberId);
  }
  if (missing.length > 0) {
    problems.push(`Es fehlen Stimmen von: ${missing.sort((a, b) => a - b).join(', ')}`);
  }
  failIf('INVALID_BALLOTS', problems);

  const blocks = emptyBlocks(day, withMayor);
  const rows = ballots.map((ballot): BallotRow => {
    const groupKey = isMayor(ballot.memberId)
      ? null
      : (day.memberGroups.get(ballot.memberId) ?? null);
    const block = blocks.get(groupKey ?? MAYOR_KEY);
    if (block) block[ballot.vote] = (block[ballot.vote] ?? 0) + 1;
    return { memberId: ballot.memberId, groupKey, vote: ballot.vote };
  });
  return { blocks: [...blocks.values()], rows };
}

/**
 * Totals per group → the blocks of the vote. Each group's yes + no + abstain + not voting +
 * absent must equal its seats on that day; every group with seats (and MAYOR when he votes) once.
 */
export function blocksFromGroupCounts(
  day: CouncilDay,
  withMayor: boolean,
  counts: readonly GroupCountRequest[],
): RecordedBlock[] {
  const known = new Set([...day.groups.map((group) => group.key), MAYOR_KEY]);
  const unknown = counts.find((count) => !known.has(count.groupKey));
  if (unknown) {
    throw new VotesError('VOTE_GROUP_NOT_FOUND', `Unbekannte Gruppe "${unknown.groupKey}"`);
  }
  const problems: string[] = [];
  const repeated = duplicates(counts.map((count) => count.groupKey));
  if (repeated.length > 0) problems.push(`Mehrfach angegeben: ${repeated.join(', ')}`);
  if (!withMayor && counts.some((count) => count.groupKey === MAYOR_KEY)) {
    problems.push('Der Oberbürgermeister stimmt über diesen Antrag nicht ab');
  }
  const seats = new Map(day.groups.map((group) => [group.key, group.seats]));
  seats.set(MAYOR_KEY, withMayor ? 1 : 0);
  for (const count of counts) {
    const sum = count.yes + count.no + count.abstain + (count.notVoting ?? 0) + count.absent;
    const expected = seats.get(count.groupKey) ?? 0;
    if (sum !== expected) {
      problems.push(`${count.groupKey}: ${sum} Stimmen, am ${day.date} aber ${expected} Sitze`);
    }
  }
  const given = new Set(counts.map((count) => count.groupKey));
  const missing = expectedKeys(day, withMayor).filter((key) => !given.has(key));
  if (missing.length > 0) problems.push(`Es fehlen: ${missing.join(', ')}`);
  failIf('INVALID_GROUP_COUNTS', problems);

  const blocks = emptyBlocks(day, withMayor);
  for (const count of counts) {
    const block = blocks.get(count.groupKey);
    if (!block) continue;
    Object.assign(block, {
      yes: count.yes,
      no: count.no,
      abstain: count.abstain,
      notVoting: count.notVoting ?? 0,
      absent: count.absent,
    });
  }
  return [...blocks.values()];
}

/** Each ballot with what it adds to its member's figures, against the member's group line. */
export function withBallotFacts(
  rows: readonly BallotRow[],
  blocks: readonly RecordedBlock[],
): BallotRowWithFacts[] {
  const { groupLines } = voteLines({ blocks: [...blocks] });
  return rows.map((row) => ({
    ...row,
    ...ballotFacts(row.vote, row.groupKey === null ? null : (groupLines[row.groupKey] ?? null)),
  }));
}
