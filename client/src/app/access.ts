import {
  mayAccess,
  type CouncilView,
  type Permission,
  type UserView,
} from '@mehrheitsplaner/shared';
import type { NoteReader } from '../features/live/utils/cache-merge';

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

/**
 * Which notes the user may read (the server's rule): whip details first; an internal note only
 * for admins and the managers of the group that wrote it.
 */
export function noteReaderOf(
  user: Pick<UserView, 'role' | 'groupKey'>,
  council: Pick<CouncilView, 'coalitionGroupKeys'>,
): NoteReader {
  const details = accessOf(user, council)('whip.details');
  return (note) =>
    details && (!note.internal || user.role === 'admin' || user.groupKey === note.authorGroupKey);
}
