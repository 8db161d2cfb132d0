import { describe, expect, it } from '@jest/globals';
import type { AgendaItemView, DraftView } from '@mehrheitsplaner/shared';
import { firstOpenIndex, rowEntry, stepIndex, sumOf } from './live-entry';

const item = (id: number, motionId: number | null, voteId: number | null): AgendaItemView => ({
  id,
  meetingId: 1,
  number: String(id),
  name: `TOP ${id}`,
  position: id,
  motionId,
  motion: null,
  voteId,
});

describe('rowEntry', () => {
  const prefill = [{ groupKey: 'SPD', yes: 20, no: 0, abstain: 0, absent: 2 }];

  it('should show the entered counts when the group is in the draft', () => {
    const draft = {
      entries: [{ groupKey: 'SPD', yes: 18, no: 1, abstain: 1, absent: 2 }],
    } as DraftView;
    expect(rowEntry('SPD', draft, prefill)).toEqual({ entry: draft.entries[0], entered: true });
  });

  it('should suggest the prefill when the group is not entered yet', () => {
    expect(rowEntry('SPD', null, prefill)).toEqual({ entry: prefill[0], entered: false });
    expect(rowEntry('FDP', null, prefill).entry).toEqual({
      groupKey: 'FDP',
      yes: 0,
      no: 0,
      abstain: 0,
      absent: 0,
    });
  });
});

describe('agenda steps', () => {
  const items = [item(1, null, null), item(2, 5, 9), item(3, 6, null)];

  it('should stay inside the agenda when stepping', () => {
    expect(stepIndex(0, -1, items)).toBe(0);
    expect(stepIndex(1, 1, items)).toBe(2);
    expect(stepIndex(2, 1, items)).toBe(2);
    expect(stepIndex(0, 1, [])).toBe(0);
  });

  it('should open the first item with a motion and no recorded vote', () => {
    expect(firstOpenIndex(items)).toBe(2);
    expect(firstOpenIndex([item(1, null, null)])).toBe(0);
  });

  it('should sum the counts of a row', () => {
    expect(sumOf({ yes: 1, no: 2, abstain: 3, absent: 4 })).toBe(10);
  });
});
