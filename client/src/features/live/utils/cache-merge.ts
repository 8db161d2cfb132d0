import type {
  MeetingDetailView,
  MotionView,
  RecordedVoteView,
  WhipEntryView,
  WhipHistoryEntry,
  WhipNoteView,
} from '@mehrheitsplaner/shared';

/** Whether the viewer may read a note (the server's rule, mirrored to merge answers). */
export type NoteReader = (note: Pick<WhipNoteView, 'authorGroupKey' | 'internal'>) => boolean;

/** Keeps the cached motion unless the incoming one is at least as new. */
export function newerMotion(current: MotionView | undefined, next: MotionView): MotionView {
  return current && current.version > next.version ? current : next;
}

/**
 * One whip entry from two answers. An older version never replaces a newer one. At the same
 * version the data are the same, but one answer may have been cut for a smaller audience (a
 * broadcast without the internal note the viewer's own PUT returned): notes the viewer may read
 * are kept from whichever answer carried them.
 */
export function mergeWhipEntry(
  current: WhipEntryView | undefined,
  next: WhipEntryView,
  mayRead: NoteReader,
): WhipEntryView {
  if (!current || next.version > current.version) return next;
  if (next.version < current.version) return current;
  const kept = current.notes.filter(
    (note) => mayRead(note) && !next.notes.some((n) => n.authorGroupKey === note.authorGroupKey),
  );
  const ownKept = next.note === null && current.note !== null;
  return {
    ...next,
    notes: kept.length > 0 ? [...next.notes, ...kept] : next.notes,
    note: ownKept ? current.note : next.note,
    noteInternal: ownKept ? current.noteInternal : next.noteInternal,
  };
}

/** The whip count with one entry merged in (a group not listed yet is added). */
export function withWhipEntry(
  entries: readonly WhipEntryView[] | undefined,
  entry: WhipEntryView,
  mayRead: NoteReader,
): WhipEntryView[] {
  const list = entries ?? [];
  const known = list.some((e) => e.groupKey === entry.groupKey);
  if (!known) return [...list, entry];
  return list.map((e) => (e.groupKey === entry.groupKey ? mergeWhipEntry(e, entry, mayRead) : e));
}

/** A loaded whip count merged with the cache: entries the cache holds newer stay. */
export function mergeWhipEntries(
  current: readonly WhipEntryView[] | undefined,
  loaded: readonly WhipEntryView[],
  mayRead: NoteReader,
): WhipEntryView[] {
  return loaded.map((entry) =>
    mergeWhipEntry(
      current?.find((e) => e.groupKey === entry.groupKey),
      entry,
      mayRead,
    ),
  );
}

/** The history with a new row on top (newest first); a row already listed is not repeated. */
export function withHistoryRow(
  history: readonly WhipHistoryEntry[] | undefined,
  row: WhipHistoryEntry,
): WhipHistoryEntry[] {
  const list = history ?? [];
  const listed = list.some((r) => r.groupKey === row.groupKey && r.version >= row.version);
  return listed ? [...list] : [row, ...list];
}

/**
 * A loaded history with the rows events added while it loaded: the history only grows, so a
 * cached row the answer lacks came by event and goes on top; the answer has every older one.
 */
export function mergeHistory(
  cached: readonly WhipHistoryEntry[] | undefined,
  loaded: readonly WhipHistoryEntry[],
): WhipHistoryEntry[] {
  return [...(cached ?? [])].reverse().reduce(withHistoryRow, [...loaded]);
}

/**
 * The meeting with a recorded vote on its agenda item: the item shows the vote, and its motion
 * the status the vote decided (adopted or rejected, as the server decides it with the vote).
 */
export function withRecordedItem(
  meeting: MeetingDetailView,
  vote: Pick<RecordedVoteView, 'id' | 'agendaItemId' | 'result'>,
): MeetingDetailView {
  return {
    ...meeting,
    agendaItems: meeting.agendaItems.map((item) =>
      item.id === vote.agendaItemId
        ? {
            ...item,
            voteId: vote.id,
            motion: item.motion && { ...item.motion, status: vote.result },
          }
        : item,
    ),
  };
}
