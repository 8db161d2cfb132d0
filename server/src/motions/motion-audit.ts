import type { AuditAction } from '@mehrheitsplaner/shared';
import type { AuditDiff } from '../audit/audit-changes';
import type { MotionEntity } from './motion.entity';

/** What the audit log keeps of a motion's change. */
export const MOTION_AUDIT_FIELDS = [
  'title',
  'description',
  'reference',
  'type',
  'sponsorGroupKeys',
  'policyArea',
  'requiredMajority',
  'mayorVotes',
  'meetingDate',
  'submittedOn',
  'status',
] as const satisfies readonly (keyof MotionEntity)[];

/** A patch that only moved the status is a status change; anything else an update. */
export function motionPatchAction(diff: AuditDiff): AuditAction {
  const changed = Object.keys(diff.after ?? {});
  return changed.length === 1 && changed[0] === 'status' ? 'status' : 'update';
}
