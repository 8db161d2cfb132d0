import type { AuditChanges } from '@mehrheitsplaner/shared';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** "field: before → after" for every field either side names; a creation shows the values only. */
export function auditLines(before: AuditChanges | null, after: AuditChanges | null): string[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => {
    if (!before) return `${field}: ${shown(after?.[field])}`;
    return `${field}: ${shown(before[field])} → ${shown(after?.[field])}`;
  });
}
