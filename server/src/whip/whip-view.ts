import {
  ADMIN_NOTE_AUTHOR,
  mayAccess,
  type WhipEntryView,
  type WhipEvent,
  type WhipHistoryEntry,
  type WhipNoteView,
} from '@mehrheitsplaner/shared';
import type { AuthUser } from '../auth/auth.types';
import type { WhipEntryEntity } from './whip-entry.entity';
import type { WhipFields } from './whip-fields';
import type { WhipHistoryEntity } from './whip-history.entity';
import type { WhipNoteEntity } from './whip-note.entity';

/** Who reads whip entries, and whether the access table grants them the details. */
export type WhipReader = Pick<AuthUser, 'role' | 'groupKey'> & { details: boolean };

export function whipReader(
  user: Pick<AuthUser, 'role' | 'groupKey'>,
  coalitionGroupKeys: readonly string[],
): WhipReader {
  return { ...user, details: mayAccess('whip.details', user, { coalitionGroupKeys }) };
}

/** The key a user's notes are stored under: their group, or ADMIN for an admin without one. */
export function noteAuthorKey(user: Pick<AuthUser, 'groupKey'>): string {
  return user.groupKey ?? ADMIN_NOTE_AUTHOR;
}

/** An internal note is for admins and the managers of the author's group only. */
function canSeeNote(reader: WhipReader, internal: boolean, authorGroupKey: string | null) {
  if (!reader.details) return false;
  if (!internal || reader.role === 'admin') return true;
  return reader.groupKey !== null && reader.groupKey === authorGroupKey;
}

function noteView(row: WhipNoteEntity): WhipNoteView {
  const { authorGroupKey, note, internal, updatedBy, updatedAt } = row;
  return { authorGroupKey, note, internal, updatedBy, updatedAt };
}

/** The stance and confidence every whip reader sees; details only for those granted them. */
function linesView(fields: WhipFields, reader: WhipReader) {
  return {
    motionId: fields.motionId,
    consultationId: fields.consultationId,
    groupKey: fields.groupKey,
    stance: fields.stance,
    confidence: fields.confidence,
    absent: fields.absent,
    split: fields.split,
    contact: reader.details ? fields.contact : null,
    members: reader.details ? fields.members : [],
    version: fields.version,
  };
}

/** An entry as the reader may see it, with the notes (of this entry) the reader may read. */
export function toWhipEntryView(
  entry: WhipEntryEntity,
  notes: readonly WhipNoteEntity[],
  reader: WhipReader,
): WhipEntryView {
  const visible = notes.filter((n) => canSeeNote(reader, n.internal, n.authorGroupKey));
  const own = visible.find((n) => n.authorGroupKey === noteAuthorKey(reader));
  return {
    ...linesView(entry, reader),
    note: own?.note ?? null,
    noteInternal: own?.internal ?? false,
    notes: visible.map(noteView),
    updatedBy: reader.details ? entry.updatedBy : null,
    updatedAt: entry.updatedAt,
  };
}

export function toWhipHistoryEntry(row: WhipHistoryEntity, reader: WhipReader): WhipHistoryEntry {
  const seen = canSeeNote(reader, row.noteInternal, row.noteGroupKey);
  return {
    ...linesView(row, reader),
    note: seen ? row.note : null,
    noteInternal: seen && row.noteInternal,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
  };
}

/**
 * The `whip` event for each live audience: the entry and the history row the change added, as
 * HTTP shows them to that reader (the row only with whip details, like GET …/whip/history); one
 * view per distinct reader kind (admins, each group's managers, readers without details), none
 * for users the table refuses whip reads.
 */
export function whipEventFor(
  entry: WhipEntryEntity,
  notes: readonly WhipNoteEntity[],
  history: WhipHistoryEntity,
  coalitionGroupKeys: readonly string[],
): (user: Pick<AuthUser, 'role' | 'groupKey'>) => WhipEvent | null {
  const byAudience = new Map<string, WhipEvent>();
  return (user) => {
    if (!mayAccess('whip.read', user, { coalitionGroupKeys })) return null;
    const reader = whipReader(user, coalitionGroupKeys);
    const audience = !reader.details ? '' : `${reader.role}:${noteAuthorKey(reader)}`;
    let event = byAudience.get(audience);
    if (!event) {
      event = {
        motionId: entry.motionId,
        consultationId: entry.consultationId,
        entry: toWhipEntryView(entry, notes, reader),
        history: reader.details ? toWhipHistoryEntry(history, reader) : null,
      };
      byAudience.set(audience, event);
    }
    return event;
  };
}

/** A group without an entry yet: unknown, uncertain, version 0. */
export function emptyWhipEntryView(
  step: { motionId: number; id: number },
  groupKey: string,
): WhipEntryView {
  return {
    motionId: step.motionId,
    consultationId: step.id,
    groupKey,
    stance: 'unknown',
    confidence: 'uncertain',
    absent: 0,
    split: null,
    note: null,
    noteInternal: false,
    contact: null,
    members: [],
    notes: [],
    version: 0,
    updatedBy: null,
    updatedAt: null,
  };
}
