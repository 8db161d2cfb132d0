import { countingRules, type BodyRules } from '../domain/body-rules';
import { mayorVotesInCouncil, mayorVotesOn, votingMembersOf } from '../domain/mayor';
import { MAYOR_KEY, type RequiredMajority } from '../domain/types';
import type { CouncilView, MemberView } from '../api/contract';
import type { MemberWhipOverride } from '../api/motions';
import type { BuilderInput } from './builder.types';
import type { SplitCounts, WhipCountInput, WhipGroupInput } from './whip.types';

/** What counting needs to know of the council today. */
export type WhipCouncil = {
  seats: number;
  groups: ReadonlyArray<{ key: string; seats: number; excluded: boolean }>;
  /** mayorVotesInCouncil; a motion can still say he does not vote. */
  mayorVotes: boolean;
  /** A member's current group key; null for the mayor; undefined for no current member. */
  groupOfMember: (memberId: number) => string | null | undefined;
  /** The body's quorum and majority rules; omitted: GO NRW's (the Rat's). */
  rules?: BodyRules;
};

export type CountedMotion = { requiredMajority: RequiredMajority; mayorVotes: boolean };

/** A stored whip entry as far as counting is concerned. */
export type StoredWhip = {
  groupKey: string;
  stance: WhipGroupInput['stance'];
  confidence: WhipGroupInput['confidence'];
  absent: number;
  split: SplitCounts | null;
  members: readonly MemberWhipOverride[];
};

/**
 * The counting view of the council as the API shows it (GET /api/council and …/members): how
 * the client counts with the server's rules. The server builds the same from its snapshot.
 */
export function whipCouncilOfView(
  council: Pick<CouncilView, 'seats' | 'mayorVotes' | 'mayor'> &
    Pick<WhipCouncil, 'groups'> &
    Partial<BodyRules>,
  members: ReadonlyArray<Pick<MemberView, 'id' | 'groupKey' | 'isMayor'>>,
): WhipCouncil {
  const memberGroups = new Map(members.map((m) => [m.id, m.isMayor ? null : m.groupKey]));
  const { quorumRule, majorityRule } = council;
  return {
    // The groups' seats, not `seats`: a body's chair who does not vote has a seat but no vote.
    seats: council.groups.reduce((sum, group) => sum + group.seats, 0),
    groups: council.groups,
    mayorVotes: mayorVotesInCouncil(council.mayorVotes, council.mayor !== null),
    groupOfMember: (memberId) => memberGroups.get(memberId),
    // A body's view (GET /api/bodies/:key) carries its rules; /api/council is the Rat's.
    ...(quorumRule && majorityRule ? { rules: { quorumRule, majorityRule } } : {}),
  };
}

/** Whether a member currently sits in the group of this key (MAYOR: is the mayor). */
export function isMemberOf(council: WhipCouncil, groupKey: string, memberId: number): boolean {
  const group = council.groupOfMember(memberId);
  return groupKey === MAYOR_KEY ? group === null : group === groupKey;
}

function groupInput(
  council: WhipCouncil,
  base: Pick<WhipGroupInput, 'key' | 'seats' | 'excluded' | 'isMayor'>,
  entry: StoredWhip | undefined,
): WhipGroupInput {
  if (!entry) return { ...base, stance: 'unknown', confidence: 'uncertain', absent: 0 };
  // Overrides of members who have left the group since the entry was stored no longer count.
  const overrides = entry.members
    .filter((member) => isMemberOf(council, base.key, member.memberId))
    .map((member) => member.vote);
  return {
    ...base,
    stance: entry.stance,
    confidence: entry.confidence,
    absent: Math.min(entry.absent, base.seats),
    ...(entry.split ? { split: entry.split } : {}),
    overrides,
  };
}

/**
 * The engine's input for one motion: every council group with its current seats and its stored
 * entry (none: unknown / uncertain), plus the mayor as MAYOR when he votes on this motion, counted
 * under the body's rules (its quorum; its majority rule applied to the motion's majority).
 * Server (tally) and client (seat colours) both build it here, so they cannot drift.
 */
export function toWhipCountInput(
  council: WhipCouncil,
  motion: CountedMotion,
  entries: readonly StoredWhip[],
): WhipCountInput {
  const byKey = new Map(entries.map((entry) => [entry.groupKey, entry]));
  const groups = council.groups.map((group) =>
    groupInput(
      council,
      { key: group.key, seats: group.seats, excluded: group.excluded },
      byKey.get(group.key),
    ),
  );
  const withMayor = mayorVotesOn(council, motion);
  if (withMayor) {
    const mayor = { key: MAYOR_KEY, seats: 1, excluded: false, isMayor: true };
    groups.push(groupInput(council, mayor, byKey.get(MAYOR_KEY)));
  }
  return {
    votingMembers: votingMembersOf(council.seats, withMayor),
    ...countingRules(motion.requiredMajority, council.rules),
    groups,
  };
}

function confirmedKeys(input: WhipCountInput, stance: 'yes' | 'no' | 'abstain'): string[] {
  return input.groups
    .filter((g) => g.stance === stance && g.confidence === 'confirmed')
    .map((g) => g.key);
}

/**
 * The majority builder's input for a whip count (domain.md, "Certainty"): confirmed democratic
 * yes votes (the mayor included) are firm, confirmed no groups are never suggested, confirmed
 * abstentions abstain; expected absences (entry and member overrides) are absent.
 */
export function whipBuilderInput(input: WhipCountInput): BuilderInput {
  const excluded = new Set(input.groups.filter((g) => g.excluded).map((g) => g.key));
  const absent: Record<string, number> = {};
  for (const group of input.groups) {
    const away = group.absent + (group.overrides ?? []).filter((o) => o === 'absent').length;
    if (away > 0) absent[group.key] = Math.min(group.seats, away);
  }
  return {
    votingMembers: input.votingMembers,
    requiredMajority: input.requiredMajority,
    ...(input.quorumRule ? { quorumRule: input.quorumRule } : {}),
    groups: input.groups.map(({ key, seats, excluded, isMayor }) => ({
      key,
      seats,
      excluded,
      ...(isMayor ? { isMayor } : {}),
    })),
    firmKeys: confirmedKeys(input, 'yes').filter((key) => !excluded.has(key)),
    abstainKeys: confirmedKeys(input, 'abstain').filter((key) => !excluded.has(key)),
    noKeys: confirmedKeys(input, 'no'),
    absent,
  };
}
