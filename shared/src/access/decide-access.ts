import { MAYOR_KEY, type Role } from '../domain/types';
import { PERMISSIONS, type Permission } from './access-table';

/** The caller: null without a (valid) token. */
export type AccessSubject = { role: Role; groupKey: string | null } | null;

/** What the scopes need to know: the coalition today and, for a whip write, the line's group. */
export type AccessContext = { coalitionGroupKeys: readonly string[]; lineGroupKey?: string };

export type AccessRefusal =
  /** No (valid) token. */
  | 'MISSING_TOKEN'
  /** The role may not do this at all. */
  | 'FORBIDDEN_ROLE'
  /** A manager without a coalition group. */
  | 'NOT_COALITION_MANAGER'
  /** Another coalition group's line. */
  | 'FOREIGN_COALITION_LINE';

export type AccessDecision = { allowed: true } | { allowed: false; refusal: AccessRefusal };

const ALLOWED: AccessDecision = { allowed: true };
const refuse = (refusal: AccessRefusal): AccessDecision => ({ allowed: false, refusal });

/** Whose line a manager may write: their own group's, the mayor's, any non-coalition group's. */
function mayWriteLine(ownGroupKey: string, line: string, coalition: readonly string[]): boolean {
  return line === ownGroupKey || line === MAYOR_KEY || !coalition.includes(line);
}

/** The one decision behind the server's guard and the client's controls (domain.md). */
export function decideAccess(
  permission: Permission,
  subject: AccessSubject,
  context: AccessContext,
): AccessDecision {
  const rule = PERMISSIONS[permission];
  if (rule.roles === 'anyone') return ALLOWED;
  if (subject === null) return refuse('MISSING_TOKEN');
  if (!(rule.roles as readonly Role[]).includes(subject.role)) return refuse('FORBIDDEN_ROLE');
  if (rule.scope === 'any' || subject.role !== 'manager') return ALLOWED;
  const group = subject.groupKey;
  if (group === null || !context.coalitionGroupKeys.includes(group)) {
    return refuse('NOT_COALITION_MANAGER');
  }
  if (rule.scope === 'whipLine' && context.lineGroupKey !== undefined) {
    if (!mayWriteLine(group, context.lineGroupKey, context.coalitionGroupKeys)) {
      return refuse('FOREIGN_COALITION_LINE');
    }
  }
  return ALLOWED;
}

/** Shorthand for a yes/no check (the client's controls). */
export function mayAccess(
  permission: Permission,
  subject: AccessSubject,
  context: AccessContext,
): boolean {
  return decideAccess(permission, subject, context).allowed;
}
