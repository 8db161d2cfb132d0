import type { Role } from '@mehrheitsplaner/shared';
import type { NavPage } from './route';

const EVERYONE: NavPage[] = ['council', 'motions', 'meetings', 'history', 'agreement'];

/** The header entries a role sees: everyone reads; only admins administer. */
export function navPagesFor(role: Role): NavPage[] {
  return role === 'admin' ? [...EVERYONE, 'admin'] : EVERYONE;
}
