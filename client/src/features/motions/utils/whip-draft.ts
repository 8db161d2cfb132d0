import type {
  Confidence,
  MemberWhipOverride,
  SplitCounts,
  Stance,
  WhipEntryRequest,
  WhipEntryView,
} from '@mehrheitsplaner/shared';

/** The form state of one whip row; `note` is the user's own group's note (each group keeps its own). */
export type WhipDraft = {
  stance: Stance;
  confidence: Confidence;
  absent: number;
  split: SplitCounts;
  note: string;
  noteInternal: boolean;
  contact: string;
  /** Member overrides by member id. */
  members: Record<number, MemberWhipOverride['vote']>;
};

const NO_SPLIT: SplitCounts = { yes: 0, no: 0, abstain: 0 };

export function draftOf(entry: WhipEntryView): WhipDraft {
  return {
    stance: entry.stance,
    confidence: entry.confidence,
    absent: entry.absent,
    split: entry.split ?? NO_SPLIT,
    note: entry.note ?? '',
    noteInternal: entry.noteInternal,
    contact: entry.contact ?? '',
    members: Object.fromEntries(entry.members.map((m) => [m.memberId, m.vote])),
  };
}

/** A whole, non-negative number from a number input (empty or invalid → 0). */
export function countOf(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0;
}

/**
 * The PUT body for a draft, carrying the version it was based on. The note is the user's own
 * group's: the server keeps every other group's note as it is.
 */
export function requestOf(draft: WhipDraft, baseVersion: number): WhipEntryRequest {
  const request: WhipEntryRequest = {
    stance: draft.stance,
    confidence: draft.confidence,
    absent: draft.absent,
    contact: draft.contact.trim(),
    members: Object.entries(draft.members).map(([memberId, vote]) => ({
      memberId: Number(memberId),
      vote,
    })),
    version: baseVersion,
  };
  if (draft.stance === 'split') request.split = draft.split;
  request.note = draft.note;
  request.noteInternal = draft.noteInternal;
  return request;
}

/** Whether the draft differs from the entry it was based on. */
export function isDirty(draft: WhipDraft, base: WhipEntryView): boolean {
  return (
    JSON.stringify(requestOf(draft, base.version)) !==
    JSON.stringify(requestOf(draftOf(base), base.version))
  );
}

/** Sets or clears (vote '') a member override. */
export function withMemberVote(
  draft: WhipDraft,
  memberId: number,
  vote: MemberWhipOverride['vote'] | '',
): WhipDraft {
  const members = { ...draft.members };
  if (vote === '') delete members[memberId];
  else members[memberId] = vote;
  return { ...draft, members };
}
