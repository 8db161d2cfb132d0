import { describe, expect, it } from '@jest/globals';
import type { AgendaItemView, MeetingDetailView, WhipNoteView } from '@mehrheitsplaner/shared';
import {
  historyRecord,
  motionView,
  whipEntry,
} from '../../motions/utils/__fixtures__/motion-factories';
import {
  mergeHistory,
  mergeWhipEntries,
  mergeWhipEntry,
  newerMotion,
  withHistoryRow,
  withRecordedItem,
  withWhipEntry,
} from './cache-merge';
import type { NoteReader } from './cache-merge';

const spdNote: WhipNoteView = {
  authorGroupKey: 'SPD',
  note: 'Intern: Fraktionszwang',
  internal: true,
  updatedBy: 'spd-manager',
  updatedAt: '2026-01-01T10:00:00.000Z',
};
const grueneNote: WhipNoteView = {
  ...spdNote,
  authorGroupKey: 'GRUENE',
  note: 'Öffentlich',
  internal: false,
};
/** An SPD manager: the own group's internal notes and every public note. */
const spdManager: NoteReader = (note) => !note.internal || note.authorGroupKey === 'SPD';
const nobody: NoteReader = () => false;

describe('newerMotion', () => {
  it('should keep the cached motion when the incoming one is older', () => {
    const cached = motionView(1, { version: 3, title: 'neu' });
    expect(newerMotion(cached, motionView(1, { version: 2, title: 'alt' }))).toBe(cached);
  });

  it('should take the incoming motion when it is as new or newer', () => {
    const next = motionView(1, { version: 3, title: 'neu' });
    expect(newerMotion(motionView(1, { version: 3 }), next)).toBe(next);
    expect(newerMotion(undefined, next)).toBe(next);
  });
});

describe('mergeWhipEntry', () => {
  it('should never replace a newer entry with an older one', () => {
    const cached = whipEntry({ version: 4, stance: 'yes' });
    expect(mergeWhipEntry(cached, whipEntry({ version: 3, stance: 'no' }), spdManager)).toBe(
      cached,
    );
  });

  it('should take a newer entry as it is, even without the cached notes', () => {
    const cached = whipEntry({ version: 3, note: spdNote.note, notes: [spdNote] });
    const next = whipEntry({ version: 4, stance: 'no' });
    expect(mergeWhipEntry(cached, next, spdManager)).toBe(next);
  });

  it('should keep the readable internal note at the same version when a broadcast lacks it', () => {
    const own = whipEntry({
      version: 4,
      stance: 'yes',
      note: spdNote.note,
      noteInternal: true,
      notes: [spdNote, grueneNote],
    });
    const broadcast = whipEntry({ version: 4, stance: 'yes', notes: [grueneNote] });
    const merged = mergeWhipEntry(own, broadcast, spdManager);
    expect(merged.note).toBe(spdNote.note);
    expect(merged.noteInternal).toBe(true);
    expect(merged.notes.map((n) => n.authorGroupKey).sort()).toEqual(['GRUENE', 'SPD']);
  });

  it('should not keep notes the viewer may not read', () => {
    const cached = whipEntry({ version: 4, notes: [spdNote] });
    const merged = mergeWhipEntry(cached, whipEntry({ version: 4 }), nobody);
    expect(merged.notes).toEqual([]);
  });
});

describe('withWhipEntry and mergeWhipEntries', () => {
  it('should merge by group and add a group not listed yet', () => {
    const list = [whipEntry({ groupKey: 'SPD', version: 2 }), whipEntry({ groupKey: 'CDU' })];
    const next = withWhipEntry(list, whipEntry({ groupKey: 'AFD', version: 1 }), spdManager);
    expect(next.map((e) => e.groupKey)).toEqual(['SPD', 'CDU', 'AFD']);
    const updated = withWhipEntry(
      next,
      whipEntry({ groupKey: 'SPD', version: 3, stance: 'no' }),
      spdManager,
    );
    expect(updated[0]).toMatchObject({ groupKey: 'SPD', version: 3, stance: 'no' });
  });

  it('should keep entries the cache holds newer than a loaded answer', () => {
    const cached = [whipEntry({ groupKey: 'SPD', version: 5, stance: 'yes' })];
    const loaded = [
      whipEntry({ groupKey: 'SPD', version: 4, stance: 'no' }),
      whipEntry({ groupKey: 'CDU', version: 1 }),
    ];
    const merged = mergeWhipEntries(cached, loaded, spdManager);
    expect(merged.map((e) => `${e.groupKey}@${e.version}:${e.stance}`)).toEqual([
      'SPD@5:yes',
      'CDU@1:unknown',
    ]);
  });
});

describe('withHistoryRow', () => {
  it('should put a new row on top and not repeat a listed one', () => {
    const history = [historyRecord({ groupKey: 'SPD', version: 1 })];
    const row = historyRecord({ groupKey: 'SPD', version: 2 });
    const once = withHistoryRow(history, row);
    expect(once.map((r) => r.version)).toEqual([2, 1]);
    expect(withHistoryRow(once, row).map((r) => r.version)).toEqual([2, 1]);
  });
});

describe('mergeHistory', () => {
  it('should keep rows events added while the history loaded, and every row of the answer', () => {
    // Before the reconnect the cache had SPD@1; SPD@4 came by event while the reload ran; the
    // answer (computed before SPD@4) brings SPD@2 and SPD@3 that were missed while offline.
    const cached = [
      historyRecord({ groupKey: 'SPD', version: 4 }),
      historyRecord({ groupKey: 'SPD', version: 1 }),
    ];
    const loaded = [3, 2, 1].map((version) => historyRecord({ groupKey: 'SPD', version }));
    expect(mergeHistory(cached, loaded).map((r) => r.version)).toEqual([4, 3, 2, 1]);
  });

  it('should take the answer as it is when the cache had nothing newer', () => {
    const loaded = [historyRecord({ groupKey: 'CDU', version: 2 })];
    expect(mergeHistory(undefined, loaded)).toEqual(loaded);
  });
});

describe('withRecordedItem', () => {
  const item = (id: number, motionId: number | null): AgendaItemView => ({
    id,
    meetingId: 1,
    number: null,
    name: `TOP ${id}`,
    position: id,
    motionId,
    motion: motionId === null ? null : { id: motionId, title: 'Antrag', status: 'onAgenda' },
    voteId: null,
  });
  const meeting: MeetingDetailView = {
    id: 1,
    date: '2026-03-12',
    name: 'Ratssitzung',
    body: 'Rat',
    start: null,
    cancelled: false,
    agendaItemCount: 3,
    agendaItems: [item(1, 7), item(2, 8), item(3, null)],
  };

  it('should put the vote and the decided status on its item only', () => {
    const next = withRecordedItem(meeting, { id: 42, agendaItemId: 2, result: 'adopted' });
    expect(next.agendaItems.map((i) => [i.voteId, i.motion?.status ?? null])).toEqual([
      [null, 'onAgenda'],
      [42, 'adopted'],
      [null, null],
    ]);
  });
});
