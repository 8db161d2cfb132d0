import type { CouncilView, Role } from '@mehrheitsplaner/shared';

/** The groups an account of `role` may name: a manager manages a coalition group (domain.md). */
export function groupChoiceFor(role: Role, council: CouncilView): CouncilView {
  return role === 'manager'
    ? { ...council, groups: council.groups.filter((group) => group.coalition) }
    : council;
}

/** The group kept when the role changes: a manager's must be a coalition group ('' = none). */
export function groupAfterRoleChange(role: Role, groupKey: string, council: CouncilView): string {
  return role === 'manager' && !council.coalitionGroupKeys.includes(groupKey) ? '' : groupKey;
}
