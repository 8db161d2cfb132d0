import { expectedBlocks } from '@mehrheitsplaner/shared';
import type {
  AgendaItemView,
  BallotVote,
  CouncilView,
  DraftDeviation,
  DraftEntryRequest,
  DraftView,
  MemberView,
  MotionView,
  Stance,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import { whipCountInput } from '../../motions/utils/seat-votes';

export type GroupCounts = Pick<DraftEntryRequest, 'yes' | 'no' | 'abstain' | 'absent'>;
export const COUNT_FIELDS = ['yes', 'no', 'abstain', 'absent'] as const;
/** The votes a whole group can be set to with one button ("alle Ja" …). */
export const LINE_VOTES = ['yes', 'no', 'abstain'] as const;
export type LineVote = (typeof LINE_VOTES)[number];

/** Where a row's counts come from: the draft, the whip count (not entered yet), or nowhere. */
export type RowSource = 'entered' | 'whip' | 'open';

/** Stances that say how the group votes; unknown and free leave the row open. */
const KNOWN_STANCES: ReadonlySet<Stance> = new Set(['yes', 'no', 'abstain', 'split']);

/**
 * The suggested entry per group (and MAYOR) whose whip stance is known: its seats as the whip
 * count expects them (expected absences absent), the whip's member overrides as deviations.
 * Groups with an unknown or free stance get no suggestion: the manager enters them.
 */
export function prefilledEntries(
  council: CouncilView,
  members: readonly MemberView[],
  motion: Pick<MotionView, 'mayorVotes' | 'requiredMajority'>,
  whip: readonly WhipEntryView[],
): DraftEntryRequest[] {
  const input = whipCountInput(council, members, motion, whip);
  const known = new Set(input.groups.filter((g) => KNOWN_STANCES.has(g.stance)).map((g) => g.key));
  const inGroup = new Map(members.filter((m) => !m.isMayor).map((m) => [m.id, m.groupKey]));
  return expectedBlocks(input)
    .filter((block) => known.has(block.key))
    .map((block) => {
      const overrides = whip.find((entry) => entry.groupKey === block.key)?.members ?? [];
      const deviations = overrides
        .filter((o) => inGroup.get(o.memberId) === block.key)
        .map(({ memberId, vote }) => ({ memberId, vote }));
      return {
        groupKey: block.key,
        yes: block.yes,
        no: block.no,
        abstain: block.abstain,
        absent: block.absent,
        ...(deviations.length > 0 ? { deviations } : {}),
      };
    });
}

function emptyEntry(groupKey: string): DraftEntryRequest {
  return { groupKey, yes: 0, no: 0, abstain: 0, absent: 0 };
}

/** What the manager sees in a row: the entered draft entry, else the whip's suggestion, else open. */
export function rowEntry(
  groupKey: string,
  draft: DraftView | null,
  prefill: readonly DraftEntryRequest[],
): { entry: DraftEntryRequest; source: RowSource } {
  const entered = draft?.entries.find((entry) => entry.groupKey === groupKey);
  if (entered) return { entry: entered, source: 'entered' };
  const suggested = prefill.find((entry) => entry.groupKey === groupKey);
  if (suggested) return { entry: suggested, source: 'whip' };
  return { entry: emptyEntry(groupKey), source: 'open' };
}

/** The whip suggestions of the groups not entered yet ("wie Stimmabfrage übernehmen"). */
export function pendingPrefill(
  draft: DraftView | null,
  prefill: readonly DraftEntryRequest[],
): DraftEntryRequest[] {
  const entered = new Set(draft?.entries.map((entry) => entry.groupKey) ?? []);
  return prefill.filter((entry) => !entered.has(entry.groupKey));
}

export function sumOf(counts: GroupCounts & { notVoting?: number }): number {
  return counts.yes + counts.no + counts.abstain + counts.absent + (counts.notVoting ?? 0);
}

function countOf(entry: DraftEntryRequest, vote: BallotVote): number {
  return vote === 'notVoting' ? (entry.notVoting ?? 0) : entry[vote];
}

function withCount(entry: DraftEntryRequest, vote: BallotVote, count: number): DraftEntryRequest {
  if (vote !== 'notVoting') return { ...entry, [vote]: count };
  const next: DraftEntryRequest = { ...entry, notVoting: count };
  if (count === 0) delete next.notVoting;
  return next;
}

/**
 * "alle Ja/Nein/Enthaltung": every member of the group not listed as deviating votes `line`;
 * the deviating members keep their votes (unnamed absences are dropped: everyone is there).
 */
export function lineEntry(
  groupKey: string,
  seats: number,
  line: LineVote,
  deviations: readonly DraftDeviation[] = [],
): DraftEntryRequest {
  let entry = { ...emptyEntry(groupKey), [line]: Math.max(0, seats - deviations.length) };
  for (const { vote } of deviations) entry = withCount(entry, vote, countOf(entry, vote) + 1);
  return deviations.length > 0 ? { ...entry, deviations: [...deviations] } : entry;
}

/** The group's line: the vote most of its members not listed as deviating cast (null: none). */
export function lineOf(entry: DraftEntryRequest): LineVote | null {
  const deviations = entry.deviations ?? [];
  let best: LineVote | null = null;
  let most = 0;
  for (const vote of LINE_VOTES) {
    const own = entry[vote] - deviations.filter((d) => d.vote === vote).length;
    if (own > most) {
      best = vote;
      most = own;
    }
  }
  return best;
}

/**
 * Sets (or clears, vote '') one member's deviation and moves that member's vote between the
 * counts: away from the line (or the previous deviation), back to the line when cleared.
 * Null when the counts cannot take it (no line to move from: enter the group's vote first).
 */
export function withDeviation(
  entry: DraftEntryRequest,
  memberId: number,
  vote: BallotVote | '',
): DraftEntryRequest | null {
  const deviations = entry.deviations ?? [];
  const previous = deviations.find((d) => d.memberId === memberId)?.vote ?? null;
  const line = lineOf(entry);
  // Where the member is counted now, and where afterwards.
  const from = previous ?? line;
  const to = vote === '' ? (line ?? previous) : vote;
  if (from === null || to === null) return null;
  let counts = entry;
  if (from !== to) {
    if (countOf(entry, from) < 1) return null;
    counts = withCount(entry, from, countOf(entry, from) - 1);
    counts = withCount(counts, to, countOf(counts, to) + 1);
  }
  return withDeviations(counts, deviations, memberId, vote);
}

function withDeviations(
  entry: DraftEntryRequest,
  deviations: readonly DraftDeviation[],
  memberId: number,
  vote: BallotVote | '',
): DraftEntryRequest {
  const next = [
    ...deviations.filter((d) => d.memberId !== memberId),
    ...(vote === '' ? [] : [{ memberId, vote }]),
  ];
  const counts: DraftEntryRequest = { ...entry, deviations: next };
  if (next.length === 0) delete counts.deviations;
  return counts;
}

/** The agenda position a step lands on (Zurück/Weiter stay inside the agenda). */
export function stepIndex(index: number, step: -1 | 1, items: readonly AgendaItemView[]): number {
  return Math.min(Math.max(index + step, 0), Math.max(items.length - 1, 0));
}

/** The agenda item to open first: the first with a motion and no recorded vote, else the first. */
export function firstOpenIndex(items: readonly AgendaItemView[]): number {
  const index = items.findIndex((item) => item.motionId !== null && item.voteId === null);
  return index === -1 ? 0 : index;
}
