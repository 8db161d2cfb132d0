import { mayAccess, type UserView } from '@mehrheitsplaner/shared';
import type { NavPage } from './route';

const EVERYONE: NavPage[] = ['council', 'bodies', 'motions', 'meetings', 'history', 'agreement'];

/** The header entries a user sees: everyone reads; who manages accounts administers. */
export function navPagesFor(user: Pick<UserView, 'role' | 'groupKey'>): NavPage[] {
  const administers = mayAccess('accounts.manage', user, { coalitionGroupKeys: [] });
  return administers ? [...EVERYONE, 'admin'] : EVERYONE;
}
