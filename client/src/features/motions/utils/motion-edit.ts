import type { MotionView, PatchMotionRequest, RequiredMajority } from '@mehrheitsplaner/shared';

/** The fields a motion's edit form changes after creation. */
export type MotionEditDraft = {
  title: string;
  reference: string;
  meetingDate: string;
  submittedOn: string;
  sponsorGroupKeys: string[];
  requiredMajority: RequiredMajority;
  policyArea: string;
  description: string;
};

export type MotionEditField = keyof MotionEditDraft;

export const MOTION_EDIT_FIELDS: readonly MotionEditField[] = [
  'title',
  'reference',
  'meetingDate',
  'submittedOn',
  'sponsorGroupKeys',
  'requiredMajority',
  'policyArea',
  'description',
];

export function editDraftOf(motion: MotionView): MotionEditDraft {
  return {
    title: motion.title,
    reference: motion.reference ?? '',
    meetingDate: motion.meetingDate ?? '',
    submittedOn: motion.submittedOn ?? '',
    sponsorGroupKeys: [...motion.sponsorGroupKeys],
    requiredMajority: motion.requiredMajority,
    policyArea: motion.policyArea ?? '',
    description: motion.description,
  };
}

function sameValue(a: MotionEditDraft[MotionEditField], b: MotionEditDraft[MotionEditField]) {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  }
  return typeof a === 'string' && typeof b === 'string' ? a.trim() === b.trim() : a === b;
}

/** The fields the user changed against the state they started from. */
export function changedFields(draft: MotionEditDraft, original: MotionView): MotionEditField[] {
  const before = editDraftOf(original);
  return MOTION_EDIT_FIELDS.filter((field) => !sameValue(draft[field], before[field]));
}

/**
 * The PATCH body of the user's changes only (without version): an untouched field is left out,
 * so saving on top of someone else's newer state never writes back the old value. Empty
 * optional text clears the field (null); null when nothing changed.
 */
export function patchOf(
  draft: MotionEditDraft,
  original: MotionView,
): Omit<PatchMotionRequest, 'version'> | null {
  const changed = changedFields(draft, original);
  if (changed.length === 0) return null;
  const patch: Omit<PatchMotionRequest, 'version'> = {};
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  for (const field of changed) {
    if (field === 'title') patch.title = draft.title.trim();
    if (field === 'reference') patch.reference = orNull(draft.reference);
    if (field === 'meetingDate') patch.meetingDate = orNull(draft.meetingDate);
    if (field === 'submittedOn') patch.submittedOn = orNull(draft.submittedOn);
    if (field === 'sponsorGroupKeys') patch.sponsorGroupKeys = draft.sponsorGroupKeys;
    if (field === 'requiredMajority') patch.requiredMajority = draft.requiredMajority;
    if (field === 'policyArea') patch.policyArea = orNull(draft.policyArea);
    if (field === 'description') patch.description = draft.description.trim();
  }
  return patch;
}

/** After a conflict: the user's changed fields beside the newer state's values. */
export function conflictRows(
  draft: MotionEditDraft,
  original: MotionView,
  fresh: MotionView,
): Array<{
  field: MotionEditField;
  mine: MotionEditDraft[MotionEditField];
  theirs: MotionEditDraft[MotionEditField];
}> {
  const theirs = editDraftOf(fresh);
  return changedFields(draft, original).map((field) => ({
    field,
    mine: draft[field],
    theirs: theirs[field],
  }));
}
