import {
  mayAccess,
  type CouncilView,
  type Permission,
  type UserView,
} from '@mehrheitsplaner/shared';

/** What the signed-in user may do: the shared access table the server enforces. */
export type Access = (permission: Permission, lineGroupKey?: string) => boolean;

/**
 * The client mirrors the server's guard through the same table and decision, so it hides what
 * the server would refuse (a manager outside the coalition, another coalition group's line).
 */
export function accessOf(
  user: Pick<UserView, 'role' | 'groupKey'>,
  council: Pick<CouncilView, 'coalitionGroupKeys'>,
): Access {
  return (permission, lineGroupKey) =>
    mayAccess(permission, user, {
      coalitionGroupKeys: council.coalitionGroupKeys,
      ...(lineGroupKey === undefined ? {} : { lineGroupKey }),
    });
}
