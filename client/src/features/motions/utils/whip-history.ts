import type { WhipHistoryEntry } from '@mehrheitsplaner/shared';

export const HISTORY_FIELDS = [
  'stance',
  'confidence',
  'absent',
  'split',
  'note',
  'contact',
  'members',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export type HistoryChange = {
  field: HistoryField;
  from: WhipHistoryEntry[HistoryField] | undefined;
  to: WhipHistoryEntry[HistoryField];
};

/** One line of the history: who changed which group's entry when, and what changed. */
export type HistoryRow = {
  entry: WhipHistoryEntry;
  /** The first record of a group: everything is new. */
  first: boolean;
  changes: HistoryChange[];
};

/** Equal values; an empty text and no text count as the same. */
const same = (a: unknown, b: unknown) =>
  JSON.stringify(a === '' ? null : (a ?? null)) === JSON.stringify(b === '' ? null : (b ?? null));

function byTime(a: WhipHistoryEntry, b: WhipHistoryEntry): number {
  return a.changedAt.localeCompare(b.changedAt) || a.version - b.version;
}

/** Compares each record with the group's previous one; newest first. */
export function historyRows(entries: readonly WhipHistoryEntry[]): HistoryRow[] {
  const previous = new Map<string, WhipHistoryEntry>();
  const rows = [...entries].sort(byTime).map((entry) => {
    const before = previous.get(entry.groupKey);
    previous.set(entry.groupKey, entry);
    const changes = HISTORY_FIELDS.filter((field) => !same(before?.[field], entry[field])).map(
      (field) => ({ field, from: before?.[field], to: entry[field] }),
    );
    return { entry, first: before === undefined, changes };
  });
  return rows.reverse();
}
