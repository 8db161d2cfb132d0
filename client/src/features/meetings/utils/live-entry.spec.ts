import { describe, expect, it } from '@jest/globals';
import type { AgendaItemView, CouncilView, DraftView, MemberView } from '@mehrheitsplaner/shared';
import { whipEntry } from '../../motions/utils/__fixtures__/motion-factories';
import {
  firstOpenIndex,
  lineEntry,
  lineOf,
  pendingPrefill,
  prefilledEntries,
  rowEntry,
  stepIndex,
  sumOf,
  withDeviation,
} from './live-entry';

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

const group = (key: string, seats: number) =>
  ({
    key,
    name: key,
    seats,
    color: '#000000',
    excluded: false,
    coalition: false,
    seatsSource: { source: null, confidence: 'estimated' as const },
    chartOrder: 0,
  }) as CouncilView['groups'][number];

const council: CouncilView = {
  name: 'Rat',
  seats: 15,
  votingMembers: 16,
  mayorVotes: true,
  excludedGroupKeys: [],
  coalitionGroupKeys: ['A'],
  groups: [group('A', 6), group('B', 5), group('C', 4)],
  mayor: { name: 'M', title: 'OB' },
};

const member = (id: number, groupKey: string | null) =>
  ({ id, name: `m${id}`, groupKey, isMayor: groupKey === null }) as MemberView;
const members = [member(1, 'A'), member(2, 'A'), member(3, 'B'), member(99, null)];

const motion = { mayorVotes: true, requiredMajority: 'simple' as const };

describe('prefilledEntries', () => {
  const prefill = prefilledEntries(council, members, motion, [
    whipEntry({
      groupKey: 'A',
      stance: 'yes',
      absent: 1,
      members: [{ memberId: 2, vote: 'no' }],
    }),
    whipEntry({ groupKey: 'B', stance: 'split', split: { yes: 2, no: 3, abstain: 0 } }),
    whipEntry({ groupKey: 'C', stance: 'unknown' }),
    whipEntry({ groupKey: 'MAYOR', stance: 'free' }),
  ]);

  it('should set a group with a stance to its present members, minus expected absences', () => {
    expect(prefill.find((e) => e.groupKey === 'A')).toEqual({
      groupKey: 'A',
      yes: 4,
      no: 1,
      abstain: 0,
      absent: 1,
      deviations: [{ memberId: 2, vote: 'no' }],
    });
  });

  it('should take a split as its counts', () => {
    expect(prefill.find((e) => e.groupKey === 'B')).toEqual({
      groupKey: 'B',
      yes: 2,
      no: 3,
      abstain: 0,
      absent: 0,
    });
  });

  it('should leave unknown and free stances open instead of prefilling them as absent', () => {
    expect(prefill.map((e) => e.groupKey).sort()).toEqual(['A', 'B']);
    expect(rowEntry('C', null, prefill)).toEqual({
      entry: { groupKey: 'C', yes: 0, no: 0, abstain: 0, absent: 0 },
      source: 'open',
    });
  });

  it('should offer only the groups not entered yet for "wie Stimmabfrage übernehmen"', () => {
    const draft = { entries: [{ groupKey: 'A', yes: 6, no: 0, abstain: 0, absent: 0 }] };
    expect(pendingPrefill(draft as DraftView, prefill).map((e) => e.groupKey)).toEqual(['B']);
    expect(pendingPrefill(null, prefill)).toHaveLength(2);
  });
});

describe('rowEntry', () => {
  const prefill = [{ groupKey: 'SPD', yes: 20, no: 0, abstain: 0, absent: 2 }];

  it('should show the entered counts when the group is in the draft', () => {
    const draft = {
      entries: [{ groupKey: 'SPD', yes: 18, no: 1, abstain: 1, absent: 2 }],
    } as DraftView;
    expect(rowEntry('SPD', draft, prefill)).toEqual({ entry: draft.entries[0], source: 'entered' });
  });

  it('should suggest the whip prefill when the group is not entered yet', () => {
    expect(rowEntry('SPD', null, prefill)).toEqual({ entry: prefill[0], source: 'whip' });
  });
});

describe('lineEntry and deviations', () => {
  it('should set every member to the line and keep deviating members', () => {
    expect(lineEntry('A', 6, 'no')).toEqual({
      groupKey: 'A',
      yes: 0,
      no: 6,
      abstain: 0,
      absent: 0,
    });
    const entry = lineEntry('A', 6, 'yes', [
      { memberId: 1, vote: 'absent' },
      { memberId: 2, vote: 'notVoting' },
    ]);
    expect(entry).toMatchObject({ yes: 4, no: 0, abstain: 0, absent: 1, notVoting: 1 });
    expect(sumOf(entry)).toBe(6);
    expect(lineOf(entry)).toBe('yes');
  });

  it('should move a deviating member from the line and back', () => {
    const line = lineEntry('A', 6, 'yes');
    const away = withDeviation(line, 1, 'absent');
    expect(away).toEqual({
      groupKey: 'A',
      yes: 5,
      no: 0,
      abstain: 0,
      absent: 1,
      deviations: [{ memberId: 1, vote: 'absent' }],
    });
    const no = withDeviation(away!, 1, 'no');
    expect(no).toMatchObject({
      yes: 5,
      no: 1,
      absent: 0,
      deviations: [{ memberId: 1, vote: 'no' }],
    });
    expect(withDeviation(no!, 1, '')).toEqual(line);
  });

  it('should keep a one-member group consistent when its only member deviates and returns', () => {
    const line = lineEntry('C', 1, 'yes');
    const no = withDeviation(line, 7, 'no');
    expect(no).toMatchObject({ yes: 0, no: 1 });
    expect(sumOf(withDeviation(no!, 7, '')!)).toBe(1);
  });

  it('should refuse a deviation while the group has no line to move it from', () => {
    expect(withDeviation({ groupKey: 'C', yes: 0, no: 0, abstain: 0, absent: 0 }, 5, 'no')).toBe(
      null,
    );
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
