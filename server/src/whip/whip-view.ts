import type { WhipEntryView, WhipHistoryEntry } from '@mehrheitsplaner/shared';
import type { AuthUser } from '../auth/auth.types';
import type { WhipEntryEntity } from './whip-entry.entity';
import type { WhipFields } from './whip-fields';
import type { WhipHistoryEntity } from './whip-history.entity';

/** Who reads an entry; null = a socket broadcast, which never carries an internal note. */
export type WhipViewer = Pick<AuthUser, 'role' | 'groupKey'> | null;

/** An internal note is for admins and the managers of the author's group only. */
export function canSeeNote(
  viewer: WhipViewer,
  fields: Pick<WhipFields, 'noteInternal' | 'noteGroupKey'>,
): boolean {
  if (!fields.noteInternal) return true;
  if (viewer === null) return false;
  if (viewer.role === 'admin') return true;
  return (
    viewer.role === 'manager' && viewer.groupKey !== null && viewer.groupKey === fields.noteGroupKey
  );
}

function fieldsView(
  fields: WhipFields,
  viewer: WhipViewer,
): Omit<WhipEntryView, 'updatedBy' | 'updatedAt'> {
  return {
    motionId: fields.motionId,
    groupKey: fields.groupKey,
    stance: fields.stance,
    confidence: fields.confidence,
    absent: fields.absent,
    split: fields.split,
    note: canSeeNote(viewer, fields) ? fields.note : null,
    noteInternal: fields.noteInternal,
    contact: fields.contact,
    members: fields.members,
    version: fields.version,
  };
}

export function toWhipEntryView(entry: WhipEntryEntity, viewer: WhipViewer): WhipEntryView {
  return { ...fieldsView(entry, viewer), updatedBy: entry.updatedBy, updatedAt: entry.updatedAt };
}

export function toWhipHistoryEntry(row: WhipHistoryEntity, viewer: WhipViewer): WhipHistoryEntry {
  return { ...fieldsView(row, viewer), changedBy: row.changedBy, changedAt: row.changedAt };
}

/** A group without an entry yet: unknown, uncertain, version 0. */
export function emptyWhipEntryView(motionId: number, groupKey: string): WhipEntryView {
  return {
    motionId,
    groupKey,
    stance: 'unknown',
    confidence: 'uncertain',
    absent: 0,
    split: null,
    note: null,
    noteInternal: false,
    contact: null,
    members: [],
    version: 0,
    updatedBy: null,
    updatedAt: null,
  };
}
