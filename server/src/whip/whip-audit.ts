import type { AuditDiff } from '../audit/audit-changes';
import { auditDiff } from '../audit/audit-changes';
import type { WhipEntryEntity } from './whip-entry.entity';

/** What the audit log keeps of a whip line's change (the author group's note beside it). */
const WHIP_AUDIT_FIELDS = [
  'stance',
  'confidence',
  'absent',
  'split',
  'contact',
  'members',
  'note',
] as const;

type AuditedWhip = Pick<WhipEntryEntity, Exclude<(typeof WHIP_AUDIT_FIELDS)[number], 'note'>> & {
  note: string | null;
};

/**
 * The changed fields of a whip line. The note is the writer's own group's note: only admins read
 * the audit log, and they may read every note (domain.md), so its text is kept.
 */
export function whipAuditDiff(
  before: { entry: WhipEntryEntity; note: string | null } | null,
  after: { entry: WhipEntryEntity; note: string | null },
): AuditDiff {
  const audited = ({ entry, note }: { entry: WhipEntryEntity; note: string | null }) =>
    ({ ...entry, note }) as AuditedWhip;
  return auditDiff(before && audited(before), audited(after), WHIP_AUDIT_FIELDS);
}
