import type { GroupView, MemberView } from '@mehrheitsplaner/shared';

/**
 * Seat titles per group ("SPD – Martina Schnell"): the group's current members by id; seats
 * beyond the known members get a numbered fallback.
 */
export function seatLabels(
  groups: readonly GroupView[],
  members: readonly MemberView[],
  label: (group: string, member: string) => string,
  fallback: (number: number) => string,
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const group of groups) {
    const names = members
      .filter((member) => member.groupKey === group.key && !member.isMayor)
      .sort((a, b) => a.id - b.id)
      .map((member) => member.name);
    result.set(
      group.key,
      Array.from({ length: group.seats }, (_, i) => label(group.name, names[i] ?? fallback(i + 1))),
    );
  }
  return result;
}
