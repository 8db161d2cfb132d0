import type { AuditChanges } from '@mehrheitsplaner/shared';

export type AuditDiff = { before: AuditChanges | null; after: AuditChanges | null };

function picked<T extends object>(value: T, fields: readonly (keyof T & string)[]): AuditChanges {
  const result: AuditChanges = {};
  for (const field of fields) result[field] = value[field] ?? null;
  return result;
}

/**
 * The fields of an entity that differ between two states (JSON-compared, so arrays and dates
 * compare by value). A created entity has `before` null, a removed one `after` null. Callers
 * name the fields, so secrets (password hashes) are never among them.
 */
export function auditDiff<T extends object>(
  before: T | null,
  after: T | null,
  fields: readonly (keyof T & string)[],
): AuditDiff {
  if (!before || !after) {
    return {
      before: before ? picked(before, fields) : null,
      after: after ? picked(after, fields) : null,
    };
  }
  const changed = fields.filter(
    (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
  );
  return { before: picked(before, changed), after: picked(after, changed) };
}

/** Whether a diff holds any change (an update that changed nothing records no entry). */
export function hasChanges(diff: AuditDiff): boolean {
  return diff.before === null || diff.after === null || Object.keys(diff.after).length > 0;
}

/** A password change: that it happened, never the hash. */
export function passwordChanged(userId: number) {
  return {
    action: 'passwordChange',
    entityType: 'user',
    entityId: userId,
    before: null,
    after: { password: 'changed' },
  } as const;
}
