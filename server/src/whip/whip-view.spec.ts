import type { AuthUser } from '../auth/auth.types';
import type { WhipEntryEntity } from './whip-entry.entity';
import type { WhipHistoryEntity } from './whip-history.entity';
import type { WhipNoteEntity } from './whip-note.entity';
import { toWhipEntryView, whipEventFor, whipReader } from './whip-view';

const COALITION = ['SPD', 'GRUENE'];

function entry(): WhipEntryEntity {
  return {
    id: 1,
    motionId: 7,
    consultationId: 70,
    groupKey: 'CDU',
    stance: 'no',
    confidence: 'likely',
    absent: 1,
    split: null,
    contact: 'Büro CDU',
    members: [{ memberId: 3, vote: 'yes' }],
    version: 2,
    updatedBy: 'gf-spd',
    updatedAt: '2026-01-01T10:00:00.000Z',
  };
}

function note(authorGroupKey: string, internal: boolean): WhipNoteEntity {
  return {
    id: authorGroupKey.length,
    motionId: 7,
    consultationId: 70,
    groupKey: 'CDU',
    authorGroupKey,
    note: `Notiz ${authorGroupKey}`,
    internal,
    updatedBy: `gf-${authorGroupKey}`,
    updatedAt: '2026-01-01T10:00:00.000Z',
  };
}

/** The row SPD's manager added with an internal note. */
function historyRow(): WhipHistoryEntity {
  const { updatedBy, updatedAt, ...fields } = entry();
  return {
    ...fields,
    changedBy: updatedBy,
    changedAt: updatedAt,
    note: 'Notiz SPD',
    noteInternal: true,
    noteGroupKey: 'SPD',
  };
}

const user = (role: AuthUser['role'], groupKey: string | null): AuthUser => ({
  id: 1,
  username: 'x',
  role,
  groupKey,
});
const notes = [note('SPD', true), note('GRUENE', false)];

describe('whip views', () => {
  it("should give a coalition manager the own note and the partners' shared notes", () => {
    const view = toWhipEntryView(entry(), notes, whipReader(user('manager', 'GRUENE'), COALITION));
    expect(view).toMatchObject({ note: 'Notiz GRUENE', noteInternal: false, contact: 'Büro CDU' });
    expect(view.notes.map((n) => n.authorGroupKey)).toEqual(['GRUENE']);
  });

  it('should give an admin every note and a councillor stance and confidence only', () => {
    const admin = toWhipEntryView(entry(), notes, whipReader(user('admin', null), COALITION));
    expect(admin.notes.map((n) => n.authorGroupKey)).toEqual(['SPD', 'GRUENE']);
    const councillor = toWhipEntryView(
      entry(),
      notes,
      whipReader(user('councillor', 'SPD'), COALITION),
    );
    expect(councillor).toMatchObject({
      stance: 'no',
      confidence: 'likely',
      note: null,
      noteInternal: false,
      notes: [],
      contact: null,
      members: [],
      updatedBy: null,
    });
  });

  it('should send no whip event to the committee and one view per audience to the rest', () => {
    const eventFor = whipEventFor(entry(), notes, historyRow(), COALITION);
    expect(eventFor(user('committee', null))).toBeNull();
    const spd = eventFor(user('manager', 'SPD'));
    expect(spd?.entry.note).toBe('Notiz SPD');
    expect(eventFor({ role: 'manager', groupKey: 'SPD' })).toBe(spd);
    expect(eventFor(user('manager', 'GRUENE'))?.entry.notes.map((n) => n.note)).toEqual([
      'Notiz GRUENE',
    ]);
    expect(eventFor(user('manager', 'LINKE'))?.entry).toMatchObject({ contact: null, notes: [] });
  });

  it("should give the history row with the internal note to its group's managers only", () => {
    const eventFor = whipEventFor(entry(), notes, historyRow(), COALITION);
    expect(eventFor(user('manager', 'SPD'))?.history).toMatchObject({
      note: 'Notiz SPD',
      noteInternal: true,
      version: 2,
      contact: 'Büro CDU',
      changedBy: 'gf-spd',
    });
    expect(eventFor(user('admin', null))?.history?.note).toBe('Notiz SPD');
    expect(eventFor(user('manager', 'GRUENE'))?.history).toMatchObject({
      note: null,
      noteInternal: false,
      version: 2,
    });
    expect(eventFor(user('councillor', 'SPD'))?.history).toBeNull();
  });
});
