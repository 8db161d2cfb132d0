import type { WhipDraft } from './whip-draft';

const FIELDS = [
  'stance',
  'confidence',
  'absent',
  'split',
  'note',
  'noteInternal',
  'contact',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After a conflict: one's own edit re-applied on top of the other person's new state. What the
 * user changed against the state they started from wins; everything else is the new state (so a
 * field only the other person changed is kept). Member overrides merge member by member.
 */
export function mergeDrafts(base: WhipDraft, own: WhipDraft, theirs: WhipDraft): WhipDraft {
  const merged: WhipDraft = { ...theirs, members: { ...theirs.members } };
  for (const field of FIELDS) {
    if (!same(own[field], base[field])) Object.assign(merged, { [field]: own[field] });
  }
  const ids = new Set([...Object.keys(base.members), ...Object.keys(own.members)].map(Number));
  for (const id of ids) {
    if (same(own.members[id], base.members[id])) continue;
    if (own.members[id] === undefined) delete merged.members[id];
    else merged.members[id] = own.members[id];
  }
  return merged;
}

/** The fields where two drafts differ (one's own edit against the new state, or its start). */
export function differingFields(a: WhipDraft, b: WhipDraft): (keyof WhipDraft)[] {
  return [...FIELDS, 'members' as const].filter((field) => !same(a[field], b[field]));
}
