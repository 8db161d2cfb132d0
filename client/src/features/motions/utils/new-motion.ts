import type { CreateMotionRequest, MotionType } from '@mehrheitsplaner/shared';
import type { MotionEditDraft } from './motion-edit';

/** The "Neuer Antrag" form's values: the editable fields, plus type and the mayor's vote. */
export type NewMotionDraft = MotionEditDraft & { type: MotionType; mayorVotes: boolean };

export function emptyMotionDraft(mayorVotes: boolean): NewMotionDraft {
  return {
    title: '',
    description: '',
    reference: '',
    type: 'antrag',
    sponsorGroupKeys: [],
    policyArea: '',
    requiredMajority: 'simple',
    mayorVotes,
    meetingDate: '',
    submittedOn: '',
  };
}

/** The POST body: text is trimmed and empty optional fields are left out (the server validates). */
export function createRequestOf(draft: NewMotionDraft): CreateMotionRequest {
  const request: CreateMotionRequest = {
    title: draft.title.trim(),
    type: draft.type,
    sponsorGroupKeys: draft.sponsorGroupKeys,
    requiredMajority: draft.requiredMajority,
    mayorVotes: draft.mayorVotes,
  };
  const description = draft.description.trim();
  const reference = draft.reference.trim();
  const policyArea = draft.policyArea.trim();
  if (description) request.description = description;
  if (reference) request.reference = reference;
  if (policyArea) request.policyArea = policyArea;
  if (draft.meetingDate) request.meetingDate = draft.meetingDate;
  if (draft.submittedOn) request.submittedOn = draft.submittedOn;
  return request;
}

export function toggled(keys: readonly string[], key: string): string[] {
  return keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key];
}
