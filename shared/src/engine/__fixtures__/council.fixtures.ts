/**
 * Test data factories for the counting engine. Test-only: excluded from the build
 * (shared/tsconfig.build.json) and never read from /work/shared at run time.
 */
import { MAYOR_KEY } from '../../domain/types';
import type { RequiredMajority, VoteOption } from '../../domain/types';
import type { BuilderInput } from '../builder.types';
import type { VoteBlock, VoteInput } from '../tally.types';
import type { WhipCountInput, WhipGroupInput } from '../whip.types';

/** One group of a council as the engine sees it (the mayor is a one-member "group"). */
export type CouncilGroup = { key: string; seats: number; excluded: boolean; isMayor?: boolean };

/**
 * The Bochum default composition (domain.md, seed data `data/bochum-2025.json`): 92 seats in
 * 12 groups, AfD excluded, plus the voting mayor: V = 93.
 */
export const BOCHUM_GROUPS: readonly CouncilGroup[] = [
  { key: 'SPD', seats: 26, excluded: false },
  { key: 'CDU', seats: 18, excluded: false },
  { key: 'AFD', seats: 14, excluded: true },
  { key: 'GRUENE', seats: 13, excluded: false },
  { key: 'LINKE', seats: 9, excluded: false },
  { key: 'UWG', seats: 3, excluded: false },
  { key: 'FDP', seats: 2, excluded: false },
  { key: 'STADTGESTALTER', seats: 2, excluded: false },
  { key: 'PARTEI', seats: 2, excluded: false },
  { key: 'BSW', seats: 1, excluded: false },
  { key: 'VOLT', seats: 1, excluded: false },
  { key: 'TIERSCHUTZ', seats: 1, excluded: false },
  { key: MAYOR_KEY, seats: 1, excluded: false, isMayor: true },
];

/** The coalition (SPD, Grüne) and its mayor: 40 votes. */
export const COALITION_KEYS: readonly string[] = ['SPD', 'GRUENE', MAYOR_KEY];

/** The seven smallest democratic groups (12 seats in all). */
export const SMALL_GROUP_KEYS: readonly string[] = [
  'UWG',
  'FDP',
  'STADTGESTALTER',
  'PARTEI',
  'BSW',
  'VOLT',
  'TIERSCHUTZ',
];

/** The Bochum council; without the mayor when the mayor does not vote (§ 40 Abs. 2 GO NRW). */
export function bochumCouncil(options: { mayorVotes?: boolean } = {}): CouncilGroup[] {
  const mayorVotes = options.mayorVotes ?? true;
  return BOCHUM_GROUPS.filter((group) => mayorVotes || !group.isMayor).map((group) => ({
    ...group,
  }));
}

export function seatsOf(groups: readonly CouncilGroup[]): number {
  return groups.reduce((sum, group) => sum + group.seats, 0);
}

export function groupOf(groups: readonly CouncilGroup[], key: string): CouncilGroup {
  const group = groups.find((candidate) => candidate.key === key);
  if (!group) throw new Error(`No group ${key} in the test council`);
  return group;
}

// ---------------------------------------------------------------------------------------------
// Tallies

export type BlockCounts = {
  yes: number;
  no: number;
  abstain: number;
  notVoting: number;
  absent: number;
};

/**
 * How one group votes in a test vote: a whole-group option, or counts. Members not covered
 * by the counts are absent.
 */
export type BlockVote = VoteOption | 'absent' | 'notVoting' | Partial<BlockCounts>;

function countsOf(seats: number, vote: BlockVote): BlockCounts {
  const counts: BlockCounts = { yes: 0, no: 0, abstain: 0, notVoting: 0, absent: 0 };
  if (typeof vote === 'string') {
    counts[vote] = seats;
    return counts;
  }
  const given = { ...counts, ...vote };
  const assigned = given.yes + given.no + given.abstain + given.notVoting + given.absent;
  if (assigned > seats) throw new Error(`Counts ${assigned} exceed ${seats} seats`);
  return { ...given, absent: given.absent + seats - assigned };
}

/** A vote block of one group. */
export function makeBlock(group: CouncilGroup, vote: BlockVote): VoteBlock {
  const counts = countsOf(group.seats, vote);
  return {
    key: group.key,
    excluded: group.excluded,
    ...(group.isMayor ? { isMayor: true } : {}),
    yes: counts.yes,
    no: counts.no,
    abstain: counts.abstain,
    ...(counts.notVoting > 0 ? { notVoting: counts.notVoting } : {}),
    absent: counts.absent,
  };
}

export type CouncilVoteOptions = {
  groups?: CouncilGroup[];
  /** How each group votes; groups not listed vote `rest`. */
  votes?: Partial<Record<string, BlockVote>>;
  rest?: BlockVote;
  requiredMajority?: RequiredMajority;
  /** Defaults to the seats of `groups` (mayor included when present). */
  votingMembers?: number;
};

/** A vote of a council (the Bochum default unless `groups` is given). */
export function councilVote(options: CouncilVoteOptions = {}): VoteInput {
  const groups = options.groups ?? bochumCouncil();
  const votes = options.votes ?? {};
  const rest = options.rest ?? 'abstain';
  return {
    votingMembers: options.votingMembers ?? seatsOf(groups),
    requiredMajority: options.requiredMajority ?? 'simple',
    blocks: groups.map((group) => makeBlock(group, votes[group.key] ?? rest)),
  };
}

/** Every group in `keys` votes `vote`. */
export function votesFor(keys: readonly string[], vote: BlockVote): Record<string, BlockVote> {
  return Object.fromEntries(keys.map((key) => [key, vote]));
}

/**
 * The worked example of domain.md: coalition + mayor 40 yes, Linke 9 yes, CDU 18 no,
 * AfD 14 yes, everyone else (12) abstains; all 93 present, simple majority.
 */
export function workedExampleVote(): VoteInput {
  return councilVote({
    votes: { ...votesFor(COALITION_KEYS, 'yes'), LINKE: 'yes', CDU: 'no', AFD: 'yes' },
    rest: 'abstain',
  });
}

/** A small generic council for cases the Bochum numbers do not reach. */
export function smallCouncil(
  seats: Record<string, number>,
  excludedKeys: readonly string[] = [],
): CouncilGroup[] {
  return Object.entries(seats).map(([key, count]) => ({
    key,
    seats: count,
    excluded: excludedKeys.includes(key),
    ...(key === MAYOR_KEY ? { isMayor: true } : {}),
  }));
}

// ---------------------------------------------------------------------------------------------
// Whip counts

export type WhipEntry = Partial<Omit<WhipGroupInput, 'key' | 'seats' | 'excluded' | 'isMayor'>>;

export function makeWhipGroup(group: CouncilGroup, entry: WhipEntry = {}): WhipGroupInput {
  return {
    key: group.key,
    seats: group.seats,
    excluded: group.excluded,
    ...(group.isMayor ? { isMayor: true } : {}),
    stance: 'unknown',
    confidence: 'uncertain',
    absent: 0,
    ...entry,
  };
}

export type WhipCountOptions = {
  groups?: CouncilGroup[];
  entries?: Partial<Record<string, WhipEntry>>;
  /** The entry of every group not listed (default: unknown, uncertain). */
  rest?: WhipEntry;
  requiredMajority?: RequiredMajority;
  votingMembers?: number;
};

export function whipCount(options: WhipCountOptions = {}): WhipCountInput {
  const groups = options.groups ?? bochumCouncil();
  const entries = options.entries ?? {};
  return {
    votingMembers: options.votingMembers ?? seatsOf(groups),
    requiredMajority: options.requiredMajority ?? 'simple',
    groups: groups.map((group) => makeWhipGroup(group, entries[group.key] ?? options.rest)),
  };
}

export function entriesFor(keys: readonly string[], entry: WhipEntry): Record<string, WhipEntry> {
  return Object.fromEntries(keys.map((key) => [key, entry]));
}

// ---------------------------------------------------------------------------------------------
// Majority builder

export type BuilderOptions = Partial<Omit<BuilderInput, 'groups'>> & { groups?: CouncilGroup[] };

/** Builder input for the Bochum default with the coalition and mayor firmly voting yes. */
export function builderInput(options: BuilderOptions = {}): BuilderInput {
  const groups = options.groups ?? bochumCouncil();
  return {
    votingMembers: options.votingMembers ?? seatsOf(groups),
    requiredMajority: options.requiredMajority ?? 'simple',
    groups: groups.map((group) => ({ ...group })),
    firmKeys: options.firmKeys ?? [...COALITION_KEYS],
    ...(options.abstainKeys ? { abstainKeys: options.abstainKeys } : {}),
    ...(options.noKeys ? { noKeys: options.noKeys } : {}),
    ...(options.absent ? { absent: options.absent } : {}),
  };
}

/**
 * The vote the builder assumes for a set of partners: firm groups and the set vote yes,
 * what-if abstainers abstain, everyone else present votes no; absences as given.
 */
export function builderVote(input: BuilderInput, partnerKeys: readonly string[]): VoteInput {
  const absent = input.absent ?? {};
  const yesKeys = new Set([
    ...input.firmKeys.filter((key) => !input.groups.find((g) => g.key === key)?.excluded),
    ...partnerKeys,
  ]);
  const abstaining = new Set(input.abstainKeys ?? []);
  return {
    votingMembers: input.votingMembers,
    requiredMajority: input.requiredMajority,
    blocks: input.groups.map((group) => {
      const away = Math.min(group.seats, absent[group.key] ?? 0);
      const present = group.seats - away;
      const option: VoteOption = yesKeys.has(group.key)
        ? 'yes'
        : abstaining.has(group.key)
          ? 'abstain'
          : 'no';
      return makeBlock(group, { [option]: present, absent: away });
    }),
  };
}

/** All proper subsets of a list (2^n - 1 of them). */
export function properSubsets<T>(items: readonly T[]): T[][] {
  const subsets: T[][] = [];
  for (let mask = 0; mask < (1 << items.length) - 1; mask++) {
    subsets.push(items.filter((_, i) => (mask & (1 << i)) !== 0));
  }
  return subsets;
}

/** A set of key lists, order-insensitive inside and across lists, for comparisons. */
export function keySets(lists: readonly (readonly string[])[]): string[] {
  return lists.map((keys) => [...keys].sort().join('+')).sort();
}
