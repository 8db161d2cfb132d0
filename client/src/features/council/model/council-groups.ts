import type { CouncilView, GroupView } from '@mehrheitsplaner/shared';

/** Groups in chart order (left → right by `chartOrder`, ties as delivered). */
export function groupsInChartOrder(council: CouncilView): GroupView[] {
  return council.groups
    .map((group, index) => ({ group, order: group.chartOrder, index }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ group }) => group);
}

/** Names of the excluded groups, for texts like "ohne AfD-Stimmen" (taken from the data). */
export function excludedNames(council: CouncilView): string {
  return council.groups
    .filter((group) => group.excluded)
    .map((group) => group.name)
    .join('/');
}

export type GroupStatus = 'coalition' | 'excluded' | 'democratic';

export function groupStatus(group: GroupView): GroupStatus {
  if (group.excluded) return 'excluded';
  return group.coalition ? 'coalition' : 'democratic';
}
