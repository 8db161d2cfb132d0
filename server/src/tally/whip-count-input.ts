import {
  MAYOR_KEY,
  type BuilderInput,
  type MemberWhipOverride,
  type RequiredMajority,
  type WhipCountInput,
  type WhipGroupInput,
} from '@mehrheitsplaner/shared';
import type { CouncilSnapshot } from '../council/council-snapshot';
import type { WhipFields } from '../whip/whip-fields';

export type CountedMotion = { requiredMajority: RequiredMajority; mayorVotes: boolean };

export type StoredWhip = Pick<
  WhipFields,
  'groupKey' | 'stance' | 'confidence' | 'absent' | 'split' | 'members'
>;

/** The mayor votes on this motion: the council says he votes, he exists, and the motion agrees. */
export function mayorCounts(snapshot: CouncilSnapshot, motion: CountedMotion): boolean {
  return snapshot.mayorVotes && motion.mayorVotes;
}

/** Whether a member currently sits in the group of this key (MAYOR: is the mayor). */
export function isMemberOf(snapshot: CouncilSnapshot, groupKey: string, memberId: number): boolean {
  if (groupKey === MAYOR_KEY) return memberId === snapshot.mayorMemberId;
  return snapshot.memberGroups.get(memberId) === groupKey;
}

function groupInput(
  snapshot: CouncilSnapshot,
  base: Pick<WhipGroupInput, 'key' | 'seats' | 'excluded' | 'isMayor'>,
  entry: StoredWhip | undefined,
): WhipGroupInput {
  if (!entry) return { ...base, stance: 'unknown', confidence: 'uncertain', absent: 0 };
  // Overrides of members who have left the group since the entry was stored no longer count.
  const overrides = entry.members
    .filter((member: MemberWhipOverride) => isMemberOf(snapshot, base.key, member.memberId))
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
 * entry (none: unknown / uncertain), plus the mayor as MAYOR when he votes on this motion.
 */
export function toWhipCountInput(
  snapshot: CouncilSnapshot,
  motion: CountedMotion,
  entries: StoredWhip[],
): WhipCountInput {
  const byKey = new Map(entries.map((entry) => [entry.groupKey, entry]));
  const groups = snapshot.groups.map((group) =>
    groupInput(
      snapshot,
      { key: group.key, seats: group.seats, excluded: group.excluded },
      byKey.get(group.key),
    ),
  );
  const withMayor = mayorCounts(snapshot, motion);
  if (withMayor) {
    groups.push(
      groupInput(
        snapshot,
        { key: MAYOR_KEY, seats: 1, excluded: false, isMayor: true },
        byKey.get(MAYOR_KEY),
      ),
    );
  }
  return {
    votingMembers: snapshot.seats + (withMayor ? 1 : 0),
    requiredMajority: motion.requiredMajority,
    groups,
  };
}

/**
 * The majority builder's input for a whip count: confirmed democratic yes votes (the mayor
 * included) are firm; expected absences (entry and member overrides) are absent.
 */
export function toBuilderInput(input: WhipCountInput): BuilderInput {
  const absent: Record<string, number> = {};
  for (const group of input.groups) {
    const away = group.absent + (group.overrides ?? []).filter((o) => o === 'absent').length;
    if (away > 0) absent[group.key] = Math.min(group.seats, away);
  }
  return {
    votingMembers: input.votingMembers,
    requiredMajority: input.requiredMajority,
    groups: input.groups.map(({ key, seats, excluded, isMayor }) => ({
      key,
      seats,
      excluded,
      ...(isMayor ? { isMayor } : {}),
    })),
    firmKeys: input.groups
      .filter((g) => !g.excluded && g.stance === 'yes' && g.confidence === 'confirmed')
      .map((g) => g.key),
    absent,
  };
}
